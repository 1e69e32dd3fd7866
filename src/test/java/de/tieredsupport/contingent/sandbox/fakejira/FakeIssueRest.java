package de.tieredsupport.contingent.sandbox.fakejira;

import java.io.IOException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.UrlMode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.web.Durations;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fake of the part of <b>Jira's own REST API v2</b> that a script needs for issues and worklogs, so that a script
 * written against Jira runs against the sandbox unchanged (authentication: {@link FakeLogin}, i.e. HTTP Basic with a
 * sandbox user name and any password, or the user switcher's cookie):
 * <ul>
 * <li>{@code GET /rest/api/2/field}: the fields a script needs to find the Support Level's id ({@value
 * FakeSupportLevelField#ID}) by its name;</li>
 * <li>{@code POST /rest/api/2/issue}: {@code {"fields":{"project":{"key":"ACME"},"summary":"…","issuetype":{"name":
 * "Task"},"customfield_10100":"L2"}}} gives 201 with {@code {"id","key","self"}};</li>
 * <li>{@code GET /rest/api/2/issue/{issueIdOrKey}}: id, key, self and the fields the fake has (summary, project,
 * updated, the Support Level, the Request category as stored, e.g. {@code "customfield_10101":"Change request"});</li>
 * <li>{@code PUT /rest/api/2/issue/{issueIdOrKey}}: {@code {"fields":{…}}} or {@code {"update":{"customfield_10100":
 * [{"set":"L3"}]}}}, 204 without a body;</li>
 * <li>{@code GET /rest/api/2/issue/{issueIdOrKey}/worklog} ({@code startAt}, {@code maxResults}, {@code total},
 * {@code worklogs}) and {@code …/worklog/{id}};</li>
 * <li>{@code POST …/worklog} (201 and the worklog), {@code PUT …/worklog/{id}} (200 and the worklog; what the body
 * leaves out stays) and {@code DELETE …/worklog/{id}} (204), with {@code started} in Jira's format
 * {@code 2026-12-02T10:15:00.000+0100} and {@code timeSpentSeconds} (or {@code timeSpent} such as {@code "1h 30m"}).
 * They go through the fake's worklog service ({@link FakeWorklogManager#create}, {@link FakeWorklogManager#update}
 * with its event, {@link FakeWorklogManager#delete}), which dispatches Jira's worklog events, so the plugin's listener
 * books and rounds them. The answer to the POST is the worklog as created, as Jira's is; reading it back shows the
 * plugin's rounding.</li>
 * </ul>
 * <p>
 * <b>Where the shapes come from</b> (nothing here is guessed; where sources differ, the choice is named):
 * <ul>
 * <li>Jira's own REST plugin, in the Jira 6.3.15 source published as {@code turgaycelik/mysource@ee01e28a}
 * ({@code jira-project/jira-components/jira-plugins/jira-rest/jira-rest-plugin/src/main/java/}
 * {@code com/atlassian/jira/rest/v2/issue/}):
 * {@code IssueResource} (routes, the 201/200/204/400/403 of its documentation), {@code worklog/WorklogResource} and
 * {@code worklog/WorklogOperation} (201 with {@code Location} on add, 200 on edit, 204 on delete; a worklog list has
 * {@code startAt} 0 and {@code maxResults} = {@code total} = all of them; {@code timeSpentSeconds} becomes a duration
 * in whole minutes before it is parsed, so seconds are dropped and less than a minute is no time; an edit keeps what
 * the body leaves out), {@code IssueFinder}/{@code IssueFinderImpl} (404 "Issue Does Not Exist"; no browse
 * permission: 403, anonymous 401 with "Login Required" added), {@code CreateIssueResource} (201 with {@code id},
 * {@code key}, {@code self}), {@code UpdateIssueResource} (204), {@code IssueInputParametersAssembler} ("project is
 * required", "issue type is required", "valid issue type is required", "Field '…' cannot be set. It is not on the
 * appropriate screen, or unknown.", "one of 'fields' or 'update' required"), {@code RESTException} and
 * {@code rest/api/util/ErrorCollection} (the body {@code {"errorMessages":[…],"errors":{field:message}}}; no reason
 * means 400), {@code FieldBean} and, in {@code jira-core}, {@code CustomFieldImpl} (a custom field type without a
 * REST shape of its own, as the Support Level's, is set with a string through {@code TextCustomFieldOperationsHandler}
 * and shown as its value's text; schema {@code {"type":"array","items":"string","custom":<type key>,"customId":…}}),
 * {@code DefaultIssueService} (create and edit permission messages, 403, or 401 for anonymous callers) and
 * {@code DefaultWorklogService} (field {@code timeLogged}, "Worklog must not be null."); the texts from
 * {@code jira-core/src/main/resources/com/atlassian/jira/web/action/JiraWebActionSupport.properties};
 * {@code com.atlassian.jira.rest.Dates} (time format {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}, parsed non-leniently with
 * {@link SimpleDateFormat}); {@code WorklogJsonBean} and {@code UserJsonBean#shortBean} (worklog and user shapes);
 * the func test {@code TestWorklogResource} ({@code self} of a worklog is
 * {@code …/rest/api/2/issue/<issue id>/worklog/<id>}, an author's {@code …/rest/api/2/user?username=<name>}, 404 "Cannot find worklog with id: '123'." also for
 * "abc" and for a worklog deleted before).</li>
 * <li>Later Jira Data Center versions, as public clients record them: {@code issueId} in a worklog and {@code key},
 * {@code timeZone} in a user (the {@code jira.js} server models); 400 {@code {"errors":{"project":"valid project is
 * required"}}} for a project key that does not exist (6.3 said "project is required"); a {@code started} that is not
 * in Jira's format: 400 {@code {"errors":{"started":"Invalid date format. Please enter the date in the format
 * \"yyyy-MM-dd'T'HH:mm:ss.SSSZ\"."}}} (GitHub atlassian/atlascode#898, Jira 6.3 answered 500 there,
 * JRA-41379).</li>
 * <li>Missing "Work on issues" when adding a worklog: {@code IssueResource} documents 403 ("Returned if the calling
 * user does not have permission to add the worklog") while the 6.3 service adds its message without a reason
 * (which would be 400); the sandbox answers 403, or 401 for anonymous callers, with Jira's message.</li>
 * </ul>
 * <p>
 * <b>Permissions as the fake Jira has them</b>: browse ({@code BROWSE_PROJECTS}) to see an issue and its worklogs;
 * "Work on issues" ({@link FakePermissionManager#WORK_ON_ISSUES}) stands in for Jira's create-issue, edit-issue and
 * the own/all worklog edit and delete permissions, which the fake does not have. Issue types are Jira's classic
 * defaults (Bug 1, New Feature 2, Task 3, Improvement 4; {@code startupdatabase.xml}); the fake's issues do not keep
 * their type. The fake has no time tracking estimates, so {@code adjustEstimate}, {@code newEstimate},
 * {@code reduceBy} and {@code increaseBy} are accepted and have no effect; it has no worklog visibility, so a
 * {@code visibility} in a body is refused as a field that cannot be set. Dates are written in the sandbox users' zone
 * ({@link FakeJira#USER_ZONE}).
 */
public final class FakeIssueRest extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where Jira serves its REST API v2, below the context path. */
    public static final String API = "/rest/api/2";
    /** Jira's time format in REST ({@code com.atlassian.jira.rest.Dates#TIME_FORMAT}). */
    public static final String TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    static final String ISSUE_DOES_NOT_EXIST = "Issue Does Not Exist";
    static final String NO_PERMISSION_TO_SEE = "You do not have the permission to see the specified issue.";
    static final String LOGIN_REQUIRED = "Login Required";
    static final String BAD_STARTED = "Invalid date format. Please enter the date in the format \""
            + TIME_FORMAT + "\".";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY_LIMIT = 255;
    /** Jira's classic default issue types (id, name). */
    private static final Map<String, String> ISSUE_TYPES = new LinkedHashMap<>();

    static {
        ISSUE_TYPES.put("1", "Bug");
        ISSUE_TYPES.put("2", "New Feature");
        ISSUE_TYPES.put("3", "Task");
        ISSUE_TYPES.put("4", "Improvement");
    }

    private final transient FakeJira jira;
    private final transient CustomFieldType<?, ?> supportLevelType;

    /**
     * @param supportLevelType the plugin's Support Level field type as the plugin's container built it: Jira checks a
     *        value set through REST with the type's {@code getSingularObjectFromString}, and so does the fake (only
     *        through Jira's interface)
     */
    public FakeIssueRest(FakeJira jira, CustomFieldType<?, ?> supportLevelType) {
        this.jira = jira;
        this.supportLevelType = supportLevelType;
    }

    /** An answer other than success: Jira's status and error body. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int status;
        final List<String> errorMessages;
        final Map<String, String> errors;

        Failure(int status, List<String> errorMessages, Map<String, String> errors) {
            super(status + " " + errorMessages + " " + errors, null, false, false);
            this.status = status;
            this.errorMessages = errorMessages;
            this.errors = errors;
        }

        static Failure messages(int status, String... messages) {
            return new Failure(status, List.of(messages), Map.of());
        }

        static Failure field(int status, String field, String message) {
            return new Failure(status, List.of(), Map.of(field, message));
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errorMessages", errorMessages);
            body.put("errors", errors);
            return body;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Jira's REST answers carry CacheControl.never()
        response.setHeader("Cache-Control", "no-cache, no-store, no-transform");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        List<String> path = Arrays.stream(full.substring(API.length()).split("/")).filter(s -> !s.isEmpty())
                .toList();
        FakeUser user = jira.login.userOf(request);
        try {
            route(request.getMethod(), path, request, response, user);
        } catch (Failure failure) {
            send(response, failure.status, failure.body());
        }
    }

    private void route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response,
            FakeUser user) throws IOException {
        int size = path.size();
        if (size == 1 && path.get(0).equals("field")) {
            allow(method, response, "GET");
            send(response, 200, fields());
        } else if (size == 1 && path.get(0).equals("issue")) {
            allow(method, response, "POST");
            createIssue(request, response, user);
        } else if (size == 2 && path.get(0).equals("issue")) {
            allow(method, response, "GET", "PUT");
            FakeIssue issue = findIssue(path.get(1), user);
            if (method.equals("GET")) {
                send(response, 200, issueBean(issue));
            } else {
                editIssue(issue, readJson(request), user);
                response.setStatus(204);
            }
        } else if (size == 3 && path.get(0).equals("issue") && path.get(2).equals("worklog")) {
            allow(method, response, "GET", "POST");
            FakeIssue issue = findIssue(path.get(1), user);
            if (method.equals("GET")) {
                send(response, 200, worklogPage(issue));
            } else {
                addWorklog(issue, request, response, user);
            }
        } else if (size == 4 && path.get(0).equals("issue") && path.get(2).equals("worklog")) {
            allow(method, response, "GET", "PUT", "DELETE");
            FakeIssue issue = findIssue(path.get(1), user);
            FakeWorklog worklog = worklogOf(issue, path.get(3));
            switch (method) {
                case "GET" -> send(response, 200, worklogBean(worklog));
                case "PUT" -> editWorklog(issue, worklog, request, response, user);
                default -> {
                    requireWork(issue, user, "worklog.delete");
                    if (!jira.worklogs.delete(worklog.getId(), user.getKey())) {
                        throw Failure.messages(404, noWorklog(path.get(3)));
                    }
                    response.setStatus(204);
                }
            }
        } else {
            throw Failure.messages(404, "There is no Jira REST resource " + API + "/" + String.join("/", path)
                    + " in the sandbox.");
        }
    }

    // ---- issues

    /** {@code IssueFinderImpl}: by id (digits) or key (also upper-cased); 404, then browse permission (403/401). */
    private FakeIssue findIssue(String idOrKey, FakeUser user) {
        FakeIssue issue;
        if (idOrKey.matches("[1-9]\\d{0,17}")) {
            issue = jira.issues.find(Long.parseLong(idOrKey));
        } else {
            issue = jira.issues.findByKey(idOrKey);
            if (issue == null) {
                issue = jira.issues.findByKey(idOrKey.toUpperCase(Locale.ROOT));
            }
        }
        if (issue == null) {
            throw Failure.messages(404, ISSUE_DOES_NOT_EXIST);
        }
        if (!jira.permissions.has(ProjectPermissions.BROWSE_PROJECTS, issue.getProjectId(), keyOf(user))) {
            throw user == null ? Failure.messages(401, NO_PERMISSION_TO_SEE, LOGIN_REQUIRED)
                    : Failure.messages(403, NO_PERMISSION_TO_SEE);
        }
        return issue;
    }

    private void createIssue(HttpServletRequest request, HttpServletResponse response, FakeUser user)
            throws IOException {
        JsonNode body = readJson(request);
        JsonNode fields = body.path("fields");
        if (!fields.isObject()) {
            throw Failure.field(400, "project", "project is required");
        }
        Project project = project(fields.get("project"));
        if (!fields.has("issuetype")) {
            throw Failure.field(400, "issuetype", "issue type is required");
        }
        issueType(fields.get("issuetype"));
        if (!jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, project.getId(), keyOf(user))) {
            throw Failure.messages(user == null ? 401 : 403,
                    "You do not have permission to create issues in this project.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("project") && !field.getKey().equals("issuetype")) {
                set(values, errors, field.getKey(), field.getValue());
            }
        }
        set(values, errors, body.path("update"));
        String summary = summary(values.get("summary"), errors);
        String level = values.containsKey(FakeSupportLevelField.ID)
                ? level(values.get(FakeSupportLevelField.ID), errors) : null;
        if (!errors.isEmpty()) {
            throw new Failure(400, List.of(), errors);
        }
        FakeIssue issue = jira.issues.createNext(project, summary, level);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", String.valueOf(issue.getId()));
        created.put("key", issue.getKey());
        created.put("self", api() + "/issue/" + issue.getId());
        send(response, 201, created);
    }

    private void editIssue(FakeIssue issue, JsonNode body, FakeUser user) {
        if (!jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, issue.getProjectId(), keyOf(user))) {
            throw Failure.messages(user == null ? 401 : 403,
                    "You do not have permission to edit issues in this project.");
        }
        if (!body.path("fields").isObject() && !body.path("update").isObject()) {
            throw Failure.messages(400, "one of 'fields' or 'update' required");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.path("fields").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            set(values, errors, field.getKey(), field.getValue());
        }
        set(values, errors, body.path("update"));
        String summary = values.containsKey("summary") ? summary(values.get("summary"), errors) : null;
        String level = values.containsKey(FakeSupportLevelField.ID)
                ? level(values.get(FakeSupportLevelField.ID), errors) : null;
        if (!errors.isEmpty()) {
            throw new Failure(400, List.of(), errors);
        }
        if (summary != null) {
            jira.issues.setSummary(issue.getId(), summary);
        }
        if (values.containsKey(FakeSupportLevelField.ID)) {
            jira.issues.setSupportLevel(issue.getId(), level);
        }
    }

    /** A value of {@code fields}: only the fields on the fake's screens can be set. */
    private static void set(Map<String, JsonNode> values, Map<String, String> errors, String field, JsonNode value) {
        if (field.equals("summary") || field.equals(FakeSupportLevelField.ID)) {
            values.put(field, value);
        } else {
            errors.put(field, "Field '" + field + "' cannot be set. It is not on the appropriate screen, or unknown.");
        }
    }

    /** The {@code update} verbs: {@code {"field":[{"set":value}]}}; the fake's fields know only {@code set}. */
    private static void set(Map<String, JsonNode> values, Map<String, String> errors, JsonNode update) {
        for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (values.containsKey(field.getKey())) {
                throw Failure.messages(400, "Field '" + field.getKey()
                        + "' cannot appear in both 'fields' and 'update'");
            }
            for (JsonNode operation : field.getValue()) {
                if (operation.has("set") && operation.size() == 1) {
                    set(values, errors, field.getKey(), operation.get("set"));
                } else {
                    errors.put(field.getKey(), "Field '" + field.getKey() + "' does not support operation(s): "
                            + String.join(",", names(operation)));
                }
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Project project(JsonNode ref) {
        if (ref == null || !ref.isObject() || !(ref.hasNonNull("id") || ref.hasNonNull("key"))) {
            throw Failure.field(400, "project", "project is required");
        }
        Project project = null;
        if (ref.hasNonNull("id")) {
            String id = ref.get("id").asText();
            project = id.matches("\\d{1,18}") ? jira.projects.getProjectObj(Long.parseLong(id)) : null;
        } else {
            project = jira.projects.getProjectByCurrentKey(ref.get("key").asText());
        }
        if (project == null) {
            throw Failure.field(400, "project", "valid project is required");
        }
        return project;
    }

    private static String issueType(JsonNode ref) {
        if (ref != null && ref.isObject() && ref.hasNonNull("id")) {
            String id = ref.get("id").asText();
            if (!ISSUE_TYPES.containsKey(id)) {
                throw Failure.field(400, "issuetype", "valid issue type is required");
            }
            return id;
        }
        if (ref != null && ref.isObject() && ref.hasNonNull("name")) {
            String name = ref.get("name").asText();
            for (Map.Entry<String, String> type : ISSUE_TYPES.entrySet()) {
                if (type.getValue().equals(name)) {
                    return type.getKey();
                }
            }
        }
        throw Failure.field(400, "issuetype", "issue type is required");
    }

    private static String summary(JsonNode value, Map<String, String> errors) {
        String summary = value == null || value.isNull() ? "" : value.asText().trim();
        if (value != null && !value.isNull() && !value.isTextual()) {
            errors.put("summary", "Operation value must be a string");
        } else if (summary.isEmpty()) {
            errors.put("summary", "You must specify a summary of the issue.");
        } else if (summary.length() > SUMMARY_LIMIT) {
            errors.put("summary", "Summary must be less than " + SUMMARY_LIMIT + " characters.");
        }
        return summary;
    }

    /**
     * The Support Level as Jira takes a custom field whose type declares no REST shape: a string (or null, or empty:
     * no value), checked by the field type itself; its {@code FieldValidationException} names the field.
     */
    private String level(JsonNode value, Map<String, String> errors) {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            return null;
        }
        if (!value.isTextual()) {
            errors.put(FakeSupportLevelField.ID, "Operation value must be a string");
            return null;
        }
        try {
            return String.valueOf(supportLevelType.getSingularObjectFromString(value.asText()));
        } catch (FieldValidationException e) {
            errors.put(FakeSupportLevelField.ID, e.getMessage());
            return null;
        }
    }

    private Map<String, Object> issueBean(FakeIssue issue) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("self", api() + "/project/" + issue.getProjectId());
        project.put("id", String.valueOf(issue.getProjectId()));
        project.put("key", issue.getProjectObject().getKey());
        project.put("name", issue.getProjectObject().getName());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", issue.getSummary());
        fields.put("project", project);
        fields.put("updated", time(issue.getUpdated()));
        fields.put(FakeSupportLevelField.ID, issue.supportLevelKey());
        fields.put(FakeRequestCategoryField.ID, issue.requestCategory());
        Map<String, Object> bean = new LinkedHashMap<>();
        bean.put("id", String.valueOf(issue.getId()));
        bean.put("self", api() + "/issue/" + issue.getId());
        bean.put("key", issue.getKey());
        bean.put("fields", fields);
        return bean;
    }

    /** {@code FieldBean}s of the fields a script may set on the fake's issues. */
    private List<Map<String, Object>> fields() {
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(field("summary", "Summary", false, List.of("summary"), schema("string", "summary")));
        fields.add(field("project", "Project", false, List.of("project"), schema("project", "project")));
        fields.add(field("issuetype", "Issue Type", false, List.of("issuetype", "type"),
                schema("issuetype", "issuetype")));
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("type", "array");
        custom.put("items", "string");
        custom.put("custom", jira.supportLevel.getCustomFieldType().getKey());
        custom.put("customId", 10100L);
        fields.add(field(FakeSupportLevelField.ID, FakeSupportLevelField.NAME, true,
                List.of("cf[10100]", FakeSupportLevelField.NAME), custom));
        return fields;
    }

    private static Map<String, Object> field(String id, String name, boolean custom, List<String> clauseNames,
            Map<String, Object> schema) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", id);
        field.put("name", name);
        field.put("custom", custom);
        field.put("orderable", true);
        field.put("navigable", true);
        field.put("searchable", true);
        field.put("clauseNames", clauseNames);
        field.put("schema", schema);
        return field;
    }

    private static Map<String, Object> schema(String type, String system) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("system", system);
        return schema;
    }

    // ---- worklogs

    private Map<String, Object> worklogPage(FakeIssue issue) {
        List<Worklog> worklogs = jira.worklogs.getByIssue(issue);
        List<Map<String, Object>> beans = new ArrayList<>();
        for (Worklog worklog : worklogs) {
            beans.add(worklogBean((FakeWorklog) worklog));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("startAt", 0);
        page.put("maxResults", beans.size());
        page.put("total", beans.size());
        page.put("worklogs", beans);
        return page;
    }

    private FakeWorklog worklogOf(FakeIssue issue, String id) {
        FakeWorklog worklog = id.matches("\\d{1,18}") ? jira.worklogs.getById(Long.parseLong(id)) : null;
        if (worklog == null || !issue.getId().equals(worklog.getIssue().getId())) {
            throw Failure.messages(404, noWorklog(id));
        }
        return worklog;
    }

    private static String noWorklog(String id) {
        return "Cannot find worklog with id: '" + id + "'.";
    }

    private void addWorklog(FakeIssue issue, HttpServletRequest request, HttpServletResponse response,
            FakeUser user) throws IOException {
        JsonNode body = readJson(request);
        Instant started = started(body);
        requireWork(issue, user, "worklog.create");
        rejectUnknown(body);
        Long seconds = seconds(body);
        if (seconds == null || seconds == 0) {
            throw new Failure(400, List.of("Worklog must not be null."),
                    Map.of("timeLogged", seconds == null ? "You must indicate the time spent working."
                            : "Time Spent can not be zero."));
        }
        FakeWorklog created = jira.worklogs.create(issue, user.getKey(),
                started == null ? jira.clock.instant() : started, seconds, text(body, "comment"));
        Map<String, Object> bean = worklogBean(created);
        response.setHeader("Location", String.valueOf(bean.get("self")));
        send(response, 201, bean);
    }

    private void editWorklog(FakeIssue issue, FakeWorklog worklog, HttpServletRequest request,
            HttpServletResponse response, FakeUser user) throws IOException {
        JsonNode body = readJson(request);
        if (body.hasNonNull("id") && !body.get("id").asText().equals(String.valueOf(worklog.getId()))) {
            throw Failure.messages(400, "The worklog id in the body does not match the one in the address.");
        }
        Instant started = started(body);
        requireWork(issue, user, "worklog.update");
        rejectUnknown(body);
        Long seconds = body.has("timeSpentSeconds") || body.has("timeSpent") ? seconds(body) : worklog.getTimeSpent();
        if (seconds == null || seconds == 0) {
            throw new Failure(400, List.of("Worklog must not be null."),
                    Map.of("timeLogged", seconds == null ? "You must indicate the time spent working."
                            : "Time Spent can not be zero."));
        }
        String comment = body.has("comment") ? text(body, "comment") : worklog.getComment();
        FakeWorklog changed = new FakeWorklog(worklog.getId(), worklog.getIssue(), worklog.getAuthorKey(),
                (FakeUser) worklog.getAuthorObject(), user.getKey(), user, started == null ? worklog.start() : started,
                seconds, comment, worklog.created(), worklog.updated());
        // Jira's worklog service: stored, then "worklog updated" to the listeners (the plugin books and rounds it)
        FakeWorklog stored = (FakeWorklog) jira.worklogs.update(user, changed, null, true);
        Map<String, Object> bean = worklogBean(stored);
        response.setHeader("Location", String.valueOf(bean.get("self")));
        send(response, 200, bean);
    }

    /** Browse was checked by finding the issue; creating, editing and deleting worklogs need "Work on issues". */
    private void requireWork(FakeIssue issue, FakeUser user, String what) {
        if (jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, issue.getProjectId(), keyOf(user))) {
            return;
        }
        String message = switch (what) {
            case "worklog.create" -> "you do not have the permission to associate a worklog to this issue.";
            case "worklog.update" -> "you do not have permission to edit the specified worklog.";
            default -> "you do not have permission to delete the specified worklog.";
        };
        throw user == null ? Failure.messages(401, "Y" + message.substring(1))
                : Failure.messages(403, user.getDisplayName() + ", " + message);
    }

    /** The fake's worklogs have no visibility (group or role) and no properties. */
    private static void rejectUnknown(JsonNode body) {
        for (String field : List.of("visibility", "properties")) {
            if (body.has(field) && !body.get(field).isNull()) {
                throw Failure.field(400, field, "Field '" + field + "' cannot be set. It is not on the appropriate "
                        + "screen, or unknown.");
            }
        }
    }

    /** {@code started} in Jira's format, parsed as Jira does; null if the body has none. */
    private static Instant started(JsonNode body) {
        if (!body.hasNonNull("started")) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(TIME_FORMAT, Locale.ROOT);
        format.setLenient(false);
        try {
            return format.parse(body.get("started").asText()).toInstant();
        } catch (ParseException e) {
            throw Failure.field(400, "started", BAD_STARTED);
        }
    }

    /**
     * {@code timeSpentSeconds} (or {@code timeSpent}, Jira's duration text) as Jira's worklog resource takes it:
     * turned into a duration of whole minutes, so seconds are dropped; null for no time (nothing given, or less
     * than a minute), 0 for a duration of zero.
     */
    private static Long seconds(JsonNode body) {
        if (body.hasNonNull("timeSpent")) {
            long seconds = Durations.parseSeconds(body.get("timeSpent").asText());
            if (seconds < 0) {
                throw new Failure(400, List.of("Worklog must not be null."),
                        Map.of("timeLogged", "Invalid time duration entered."));
            }
            return seconds;
        }
        if (!body.hasNonNull("timeSpentSeconds")) {
            return null;
        }
        JsonNode value = body.get("timeSpentSeconds");
        if (!value.canConvertToLong()) {
            throw Failure.messages(400, "timeSpentSeconds is not a number of seconds.");
        }
        long minutes = value.asLong() / 60;
        return minutes <= 0 ? null : minutes * 60;
    }

    private Map<String, Object> worklogBean(FakeWorklog worklog) {
        Map<String, Object> bean = new LinkedHashMap<>();
        bean.put("self", api() + "/issue/" + worklog.getIssue().getId() + "/worklog/" + worklog.getId());
        bean.put("author", userBean(worklog.getAuthorKey(), (FakeUser) worklog.getAuthorObject()));
        bean.put("updateAuthor", userBean(worklog.getUpdateAuthorKey(), (FakeUser) worklog.getUpdateAuthorObject()));
        bean.put("comment", worklog.getComment());
        bean.put("created", time(worklog.getCreated()));
        bean.put("updated", time(worklog.getUpdated()));
        bean.put("started", time(worklog.getStartDate()));
        bean.put("timeSpent", timeSpent(worklog.getTimeSpent()));
        bean.put("timeSpentSeconds", worklog.getTimeSpent());
        bean.put("id", String.valueOf(worklog.getId()));
        bean.put("issueId", String.valueOf(worklog.getIssue().getId()));
        return bean;
    }

    /** {@code UserJsonBean.shortBean}, without avatars (the fake has none); an unknown key gives only its name. */
    private Map<String, Object> userBean(String key, FakeUser user) {
        if (key == null) {
            return null;
        }
        Map<String, Object> bean = new LinkedHashMap<>();
        if (user == null) {
            bean.put("name", key);
            return bean;
        }
        bean.put("self", api() + "/user?username=" + java.net.URLEncoder.encode(user.getUsername(),
                java.nio.charset.StandardCharsets.UTF_8));
        bean.put("name", user.getUsername());
        bean.put("key", user.getKey());
        bean.put("emailAddress", user.getEmailAddress());
        bean.put("displayName", user.getDisplayName());
        bean.put("active", true);
        bean.put("timeZone", FakeJira.USER_ZONE.getId());
        return bean;
    }

    /** Jira's display of logged time (8-hour days, 5-day weeks), e.g. "3h 20m", "5m", "1d". */
    static String timeSpent(long seconds) {
        long minutes = seconds / 60;
        long[] amounts = {minutes / (5 * 8 * 60), minutes / (8 * 60) % 5, minutes / 60 % 8, minutes % 60};
        String[] units = {"w", "d", "h", "m"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                text.append(text.length() > 0 ? " " : "").append(amounts[i]).append(units[i]);
            }
        }
        return text.length() == 0 ? "0m" : text.toString();
    }

    /** Jira's REST time text in the sandbox users' zone, e.g. {@code 2026-12-02T10:15:00.000+0100}. */
    static String time(Date date) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(TIME_FORMAT, Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(FakeJira.USER_ZONE));
        return format.format(date);
    }

    // ---- plumbing

    private String api() {
        return jira.applicationProperties.getBaseUrl(UrlMode.CANONICAL) + API;
    }

    private static String keyOf(FakeUser user) {
        return user == null ? null : user.getKey();
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static void allow(String method, HttpServletResponse response, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            response.setHeader("Allow", String.join(", ", allowed));
            throw Failure.messages(405, "Method " + method + " is not allowed here.");
        }
    }

    /** The JSON body; Jira's REST consumes {@code application/json} only (415 otherwise). */
    private static JsonNode readJson(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw Failure.messages(415, "Send the body as application/json.");
        }
        try {
            JsonNode body = JSON.readTree(request.getInputStream());
            if (body == null || !body.isObject()) {
                throw Failure.messages(400, "The body must be a JSON object.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw Failure.messages(400, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
