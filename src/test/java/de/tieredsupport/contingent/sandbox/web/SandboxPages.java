package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginRest;
import de.tieredsupport.contingent.sandbox.PluginTables.BookingRow;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakePermissionManager;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sandbox's own minimal pages (server-rendered, every value escaped): projects and issues, an issue page with
 * its Support Level and a "Log work" form (Jira's worklog service: the worklog is stored and its event dispatched,
 * the plugin's listener books it), the captured mail, and the user switcher in the header. Contingent figures come
 * from the plugin's REST API as the page's user, bookings from the plugin's tables; the plugin's own screens come as
 * its modules are built.
 */
public final class SandboxPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String ANONYMOUS = "anonymous";
    /** The Support Level field's values as the sandbox shows them. */
    private static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("L1", "1st level");
        LEVELS.put("L2", "2nd level");
        LEVELS.put("L3", "3rd level");
    }

    /** Where Jira serves the plugin's contract settings servlet (descriptor: url-pattern). */
    private static final String CONTRACT_SETTINGS = "/support-contingent/contract";

    private final transient Sandbox sandbox;
    private final transient FakeJira jira;
    private final transient PluginModulePages modules;

    public SandboxPages(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.jira = sandbox.jira();
        this.modules = new PluginModulePages(sandbox);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = pathOf(request);
        FakeUser user = jira.login.userOf(request);
        if (path.equals("/") || path.isEmpty()) {
            send(response, 200, page("Projects", user, path, home(user)));
        } else if (path.equals(DashboardHost.PATH)) {
            send(response, 200, page("Dashboard", user, path, DashboardHost.body(link(""), user)));
        } else if (path.startsWith("/browse/")) {
            issuePage(request, response, user, path.substring("/browse/".length()), null, 200);
        } else if (path.equals("/login.jsp")) {
            loginPage(request, response, user);
        } else if (path.equals("/sandbox/mail")) {
            send(response, 200, page("Mail outbox", user, path, outbox()));
        } else if (path.equals(PluginModulePages.REPORT_PATH)) {
            modulePage(request, response, user, path);
        } else if (path.equals(PluginModulePages.EXCEL_PATH)) {
            moduleExcel(request, response, user);
        } else if (path.startsWith(PluginModulePages.WEB_RESOURCES)
                && modules.webResource(path, response)) {
            return;
        } else {
            send(response, 404, page("Not found", user, path, "<p>There is no page " + esc(path) + ".</p>"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = pathOf(request);
        FakeUser user = jira.login.userOf(request);
        switch (path) {
            case "/sandbox/switch-user" -> switchUser(request, response);
            case "/sandbox/switch-language" -> switchLanguage(request, response);
            case "/sandbox/log-work" -> logWork(request, response, user);
            case "/sandbox/set-level" -> setLevel(request, response, user);
            default -> send(response, 404, page("Not found", user, path, "<p>Nothing to post here.</p>"));
        }
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    // ---- pages

    private String home(FakeUser user) {
        StringBuilder html = new StringBuilder();
        if (user == null) {
            html.append("<p class=\"note\">You are anonymous. Choose a user in the header: <b>admin</b> (Jira "
                    + "administrator), <b>manager</b> (project administrator), <b>agent</b> (browses and logs work), "
                    + "<b>outsider</b> (no permissions).</p>");
        }
        Collection<Project> visible = jira.permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
        if (user != null && visible.isEmpty()) {
            html.append("<p class=\"note\">").append(esc(user.getDisplayName()))
                    .append(" may not browse any project.</p>");
        }
        for (Project project : visible) {
            html.append("<section class=\"sc-project\"><h2>").append(esc(project.getName())).append(" <small>")
                    .append(esc(project.getKey())).append("</small></h2>");
            if (administers(user, project.getId())) {
                html.append("<p><a class=\"contract-settings\" href=\"").append(esc(link(Sandbox.PLUGIN_SERVLETS
                        + CONTRACT_SETTINGS + "?projectKey="
                        + URLEncoder.encode(project.getKey(), StandardCharsets.UTF_8))))
                        .append("\">Contract settings</a></p>");
            }
            html.append(statusTable(user, project, null));
            html.append("<p><a class=\"sc-report-link\" href=\"")
                    .append(esc(modules.reportLink(getServletContext().getContextPath(), project.getId(), null)))
                    .append("\">Billing report</a></p>");
            html.append("<table class=\"aui\"><thead><tr><th>Key</th><th>Summary</th><th>Support Level</th></tr>"
                    + "</thead><tbody>");
            for (FakeIssue issue : jira.issues.findByProject(project.getId())) {
                html.append("<tr><td><a href=\"").append(esc(link("/browse/" + issue.getKey()))).append("\">")
                        .append(esc(issue.getKey())).append("</a></td><td>").append(esc(issue.getSummary()))
                        .append("</td><td>").append(esc(levelName(issue.supportLevelKey()))).append("</td></tr>");
            }
            html.append("</tbody></table></section>");
        }
        html.append("<section><h2>Sandbox</h2><ul>")
                .append("<li>REST: <code>").append(esc(sandbox.restUrl())).append("/…</code></li>")
                .append("<li>Jira's REST API for scripts (issues, worklogs; HTTP Basic as a sandbox user, any ")
                .append("password): <code>").append(esc(sandbox.baseUrl())).append("/rest/api/2/…</code></li>")
                .append("<li>Database: ").append(esc(sandbox.databaseDescription())).append("</li>")
                .append("<li>Demo data: ").append(esc(sandbox.demoData())).append("</li>");
        html.append("</ul></section>");
        return html.toString();
    }

    /** Stands in for Jira's login page: the sandbox has no passwords; the user switcher returns to the page. */
    private void loginPage(HttpServletRequest request, HttpServletResponse response, FakeUser user)
            throws IOException {
        String destination = request.getParameter("os_destination");
        boolean usable = destination != null && destination.startsWith("/") && !destination.startsWith("//")
                && !destination.contains("\\");
        send(response, 200, page("Log in", user, usable ? destination : "/", "<p class=\"note\">The page you opened "
                + "needs a logged-in user. Choose a user in the header; the sandbox then returns to "
                + (usable ? "<code>" + esc(destination) + "</code>" : "the projects") + ".</p>"));
    }

    private void issuePage(HttpServletRequest request, HttpServletResponse response, FakeUser user, String key,
            String error, int status) throws IOException {
        FakeIssue issue = jira.issues.findByKey(key);
        String path = "/browse/" + key;
        if (issue == null) {
            send(response, 404, page("Issue not found", user, path, "<p>There is no issue " + esc(key) + ".</p>"));
            return;
        }
        if (!jira.permissions.has(ProjectPermissions.BROWSE_PROJECTS, issue.getProjectId(), keyOf(user))) {
            send(response, user == null ? 401 : 403, page("No permission", user, path,
                    "<p>You do not have permission to view " + esc(key) + ".</p>"));
            return;
        }
        StringBuilder html = new StringBuilder();
        html.append("<p>Project: ").append(esc(issue.getProjectObject().getName())).append("</p>");
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\"><p class=\"error\" role=\"alert\">")
                    .append(esc(error)).append("</p></div>");
        }
        String logged = request.getParameter("logged");
        if (logged != null && logged.matches("\\d{1,18}")) {
            FakeWorklog worklog = jira.worklogs.getById(Long.parseLong(logged));
            Optional<BookingRow> booking = sandbox.tables().booking(Long.parseLong(logged));
            if (worklog != null) {
                html.append("<div class=\"aui-message aui-message-success\"><p class=\"success\" role=\"status\">")
                        .append("Worklog ").append(worklog.getId())
                        .append(" logged: raw ").append(esc(booking.map(b -> Durations.format(b.rawSeconds()))
                                .orElse("?")))
                        .append(", billed ").append(esc(Durations.format(worklog.getTimeSpent())))
                        .append(booking.isPresent() ? "" : " (not booked: the project has no contract for its month)")
                        .append(".</p></div>");
            }
        }
        html.append("<section><h2>Support Level</h2><p class=\"level\">")
                .append(esc(levelName(issue.supportLevelKey()))).append("</p>");
        boolean mayWork = jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, issue.getProjectId(),
                keyOf(user));
        if (mayWork) {
            html.append("<form method=\"post\" action=\"").append(esc(link("/sandbox/set-level")))
                    .append("\"><input type=\"hidden\" name=\"issue\" value=\"").append(esc(issue.getKey()))
                    .append("\"><label>Change to <select class=\"select\" name=\"level\">")
                    .append("<option value=\"\">(none)</option>");
            for (Map.Entry<String, String> level : LEVELS.entrySet()) {
                html.append("<option value=\"").append(esc(level.getKey())).append('"')
                        .append(level.getKey().equals(issue.supportLevelKey()) ? " selected" : "").append('>')
                        .append(esc(level.getValue())).append("</option>");
            }
            html.append("</select></label> <button class=\"aui-button\" type=\"submit\">Save</button></form>");
        }
        String shown = LEVELS.containsKey(issue.supportLevelKey()) ? issue.supportLevelKey() : null;
        html.append(statusTable(user, issue.getProjectObject(), shown)).append("</section>");

        if (mayWork) {
            String now = LocalDateTime.ofInstant(jira.clock.instant(), FakeJira.USER_ZONE)
                    .truncatedTo(ChronoUnit.MINUTES).format(INPUT);
            html.append("<section><h2>Log work</h2><form method=\"post\" action=\"")
                    .append(esc(link("/sandbox/log-work"))).append("\" class=\"log-work\">")
                    .append("<input type=\"hidden\" name=\"issue\" value=\"").append(esc(issue.getKey())).append("\">")
                    .append("<label>Time spent <input class=\"text\" name=\"time\" required ")
                    .append("placeholder=\"e.g. 3m, 1h 20m\"></label> ")
                    .append("<label>Started <input class=\"text\" type=\"datetime-local\" name=\"start\" value=\"")
                    .append(esc(now)).append("\"></label> ")
                    .append("<label>Comment <input class=\"text\" name=\"comment\"></label> ")
                    .append("<button class=\"aui-button aui-button-primary\" type=\"submit\">Log</button></form>")
                    .append("<p class=\"hint\">Stored as Jira stores a worklog, then Jira's worklog event goes to the "
                            + "plugin's listener: rounded and booked at the ticket's current level; times are "
                            + "Europe/Berlin.</p></section>");
        }

        html.append("<section><h2>Work log</h2><table class=\"aui\"><thead><tr><th>Worklog</th><th>Author</th>"
                + "<th>Started</th><th>Time in Jira</th><th>Raw</th><th>Billed</th><th>Level</th><th>Month</th><th>Booking</th>"
                + "<th>Comment</th></tr></thead><tbody>");
        for (FakeWorklog worklog : jira.worklogs.findByIssue(issue.getId())) {
            Optional<BookingRow> booking = sandbox.tables().booking(worklog.getId());
            html.append("<tr").append(String.valueOf(worklog.getId()).equals(logged) ? " class=\"new\"" : "")
                    .append("><td>").append(worklog.getId()).append("</td><td>")
                    .append(esc(worklog.getAuthorObject() == null ? worklog.getAuthorKey()
                            : worklog.getAuthorObject().getDisplayName()))
                    .append("</td><td>").append(esc(shown(worklog.start()))).append("</td><td>")
                    .append(esc(Durations.format(worklog.getTimeSpent()))).append("</td>");
            if (booking.isPresent()) {
                BookingRow b = booking.get();
                html.append("<td>").append(esc(Durations.format(b.rawSeconds()))).append("</td><td>")
                        .append(esc(Durations.format(b.billedSeconds()))).append("</td><td>")
                        .append(esc(levelName(b.level()))).append("</td><td>").append(esc(b.month()))
                        .append("</td><td>").append(b.deleted() ? "DELETED" : "ACTIVE")
                        .append(b.suspended() ? ", suspended" : "").append("</td>");
            } else {
                html.append("<td colspan=\"5\">not booked</td>");
            }
            html.append("<td>").append(esc(worklog.getComment())).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
        PluginModulePages.IssuePanel panel = modules.issuePanel(issue);
        send(response, status, sandbox.layout().page(getServletContext().getContextPath(),
                issue.getKey() + " " + issue.getSummary(), "<small>" + esc(issue.getKey()) + "</small> "
                        + esc(issue.getSummary()), user, path, html.toString(), panel.body(), panel.head()));
    }

    /** The current month of the project's contract as the user may see it, from the plugin's REST API. */
    private String statusTable(FakeUser user, Project project, String only) {
        JsonNode status;
        try {
            YearMonth month = YearMonth.parse(sandbox.rest().contract(keyOf(user), project.getKey())
                    .path("currentMonth").asText());
            status = sandbox.rest().status(keyOf(user), project.getKey(), month);
        } catch (PluginRest.Failure e) {
            return e.status() == 404 ? "<p class=\"note\">No support contract for this project.</p>"
                    : "<p class=\"note\">Contingent: not visible to you.</p>";
        }
        java.util.Set<String> suspended = new java.util.HashSet<>();
        for (JsonNode level : status.path("levels")) {
            if (level.path("suspended").asBoolean()) {
                suspended.add(level.path("level").asText());
            }
        }
        StringBuilder html = new StringBuilder("<table class=\"aui status\"><caption>Contingent ")
                .append(esc(status.path("month").asText())).append(status.path("closed").asBoolean() ? " (closed)" : "")
                .append("</caption><thead><tr><th>Level</th><th>Used</th><th>Available</th><th>Used %</th>"
                        + "<th>Remaining</th><th>Over</th><th>Suspended</th></tr></thead><tbody>");
        for (JsonNode level : status.path("levels")) {
            String key = level.path("level").asText();
            if (only != null && !only.equals(key)) {
                continue;
            }
            html.append("<tr><td>").append(esc(levelName(key))).append("</td><td>")
                    .append(esc(Durations.format(level.path("usedMinutes").asLong() * 60))).append("</td><td>")
                    .append(esc(Durations.format(level.path("availableMinutes").asLong() * 60))).append("</td><td>")
                    .append(level.path("percentUsed").asLong()).append(" %</td><td>")
                    .append(esc(Durations.format(level.path("remainingMinutes").asLong() * 60))).append("</td><td>")
                    .append(esc(Durations.format(level.path("overageMinutes").asLong() * 60))).append("</td><td>")
                    .append(suspended.contains(key) ? "suspended" : "no").append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** Jira administrators and the project's administrators: who sees the contract settings link. */
    private boolean administers(FakeUser user, long projectId) {
        return user != null && (jira.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || jira.permissions.has(ProjectPermissions.ADMINISTER_PROJECTS, projectId, user.getKey()));
    }

    private String outbox() {
        List<CapturedMail> mails = jira.mail.captured();
        StringBuilder html = new StringBuilder("<p class=\"note\">Mail the plugin queued through Jira's mail queue. "
                + "Nothing is sent; mail is kept while the sandbox runs.</p>");
        if (mails.isEmpty()) {
            return html.append("<p>No mail yet.</p>").toString();
        }
        for (int i = mails.size() - 1; i >= 0; i--) {
            CapturedMail mail = mails.get(i);
            html.append("<article class=\"mail\"><h2>").append(esc(mail.subject())).append("</h2><p>#")
                    .append(mail.number()).append(" to <b>").append(esc(mail.to())).append("</b>, queued ")
                    .append(esc(shown(mail.queuedAt()))).append(", ").append(esc(mail.mimeType())).append("</p>");
            if ("text/html".equalsIgnoreCase(mail.mimeType())) {
                html.append("<iframe sandbox title=\"mail body\" srcdoc=\"").append(esc(mail.body()))
                        .append("\"></iframe>");
            } else {
                html.append("<pre>").append(esc(mail.body())).append("</pre>");
            }
            html.append("</article>");
        }
        return html.toString();
    }

    // ---- actions

    private void switchUser(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String chosen = request.getParameter("user");
        Cookie cookie;
        if (chosen == null || ANONYMOUS.equals(chosen) || jira.users.find(chosen) == null) {
            cookie = new Cookie(FakeLogin.COOKIE, "");
            cookie.setMaxAge(0);
        } else {
            cookie = new Cookie(FakeLogin.COOKIE, FakeLogin.encode(chosen));
        }
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        redirect(response, safeBack(request.getParameter("back")));
    }

    private void modulePage(HttpServletRequest request, HttpServletResponse response, FakeUser user, String path)
            throws IOException {
        try {
            PluginModulePages.Body body = modules.report(request, user);
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            send(response, body.status(), page(body.title(), user, back, body.html(), body.head()));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void moduleExcel(HttpServletRequest request, HttpServletResponse response, FakeUser user)
            throws IOException {
        try {
            modules.excel(request, response, user);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The sandbox user's Jira language, through {@link FakeLogin#LANGUAGE_COOKIE}. */
    private void switchLanguage(HttpServletRequest request, HttpServletResponse response) {
        String chosen = request.getParameter("lang");
        Cookie cookie = new Cookie(FakeLogin.LANGUAGE_COOKIE, FakeLogin.language(chosen) == null ? "en" : chosen);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        redirect(response, safeBack(request.getParameter("back")));
    }

    private void logWork(HttpServletRequest request, HttpServletResponse response, FakeUser user) throws IOException {
        String key = request.getParameter("issue");
        FakeIssue issue = key == null ? null : jira.issues.findByKey(key);
        if (issue == null) {
            send(response, 404, page("Issue not found", user, "/", "<p>There is no such issue.</p>"));
            return;
        }
        if (!jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, issue.getProjectId(), keyOf(user))) {
            send(response, user == null ? 401 : 403, page("No permission", user, "/browse/" + key,
                    "<p>You may not log work on " + esc(key) + ".</p>"));
            return;
        }
        long seconds = Durations.parseSeconds(request.getParameter("time"));
        if (seconds <= 0) {
            issuePage(request, response, user, key, "Time spent '" + nullToEmpty(request.getParameter("time"))
                    + "' is not a duration like 3m or 1h 20m.", 400);
            return;
        }
        Instant start;
        String startText = request.getParameter("start");
        try {
            start = startText == null || startText.isBlank() ? jira.clock.instant()
                    : LocalDateTime.parse(startText.trim()).atZone(FakeJira.USER_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            issuePage(request, response, user, key, "Started '" + startText + "' is not a date and time.", 400);
            return;
        }
        // Jira's worklog service: stored, then the event to the listeners (the plugin books and rounds it)
        FakeWorklog worklog = jira.worklogs.create(issue, user.getKey(), start, seconds,
                nullToEmpty(request.getParameter("comment")));
        log("Worklog " + worklog.getId() + " on " + key + " logged");
        redirect(response, link("/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "?logged="
                + worklog.getId()));
    }

    private void setLevel(HttpServletRequest request, HttpServletResponse response, FakeUser user) throws IOException {
        String key = request.getParameter("issue");
        FakeIssue issue = key == null ? null : jira.issues.findByKey(key);
        if (issue == null) {
            send(response, 404, page("Issue not found", user, "/", "<p>There is no such issue.</p>"));
            return;
        }
        if (!jira.permissions.has(FakePermissionManager.WORK_ON_ISSUES, issue.getProjectId(), keyOf(user))) {
            send(response, user == null ? 401 : 403, page("No permission", user, "/browse/" + key,
                    "<p>You may not edit " + esc(key) + ".</p>"));
            return;
        }
        String level = request.getParameter("level");
        if (level != null && !level.isEmpty() && !LEVELS.containsKey(level)) {
            issuePage(request, response, user, key, "Unknown support level '" + level + "'.", 400);
            return;
        }
        jira.issues.setSupportLevel(issue.getId(), level == null || level.isEmpty() ? null : level);
        redirect(response, link("/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
    }

    // ---- layout and helpers

    private String page(String title, FakeUser user, String path, String body) {
        return page(title, user, path, body, "");
    }

    private String page(String title, FakeUser user, String path, String body, String head) {
        return sandbox.layout().page(getServletContext().getContextPath(), title, esc(title), user, path, body, null,
                head);
    }

    private String link(String path) {
        return getServletContext().getContextPath() + path;
    }

    private String safeBack(String back) {
        String context = getServletContext().getContextPath();
        if (back != null && back.startsWith(context + "/") && !back.startsWith("//") && !back.contains("\\")) {
            return back;
        }
        return link("/");
    }

    private static String keyOf(FakeUser user) {
        return user == null ? null : user.getKey();
    }

    private static String levelName(String key) {
        return key == null ? "None" : LEVELS.getOrDefault(key, key);
    }

    private static String shown(Instant instant) {
        return LocalDateTime.ofInstant(instant, FakeJira.USER_ZONE).format(SHOWN);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
