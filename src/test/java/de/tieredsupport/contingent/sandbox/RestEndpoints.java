package de.tieredsupport.contingent.sandbox;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import de.tieredsupport.contingent.sandbox.web.RestApplication;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every endpoint of the plugin's REST API (docs/rest-api.md), once: method, path template and who may call it. The
 * hostile-input and unauthorized-caller tests are driven from this list; {@link #declared()} reads the same from the
 * resources' annotations, so a new endpoint that is missing here fails {@code SandboxUnauthorizedCallersTest}.
 */
final class RestEndpoints {

    /** Who may call an endpoint (design section 5). */
    enum Access {
        /** Any logged-in user; the answer holds only what the caller may browse. */
        ANY_USER,
        /** Browse permission on the project: hours, no money. */
        BROWSE,
        /** Project administrator or Jira administrator: money, terms, decisions, closing, audit. */
        PROJECT_ADMIN,
        /**
         * Anyone holding a valid decision link, without a Jira account: the link's token is the only credential,
         * and every token that cannot decide gets the same neutral page.
         */
        DECISION_LINK
    }

    /** One method on one path template ({@code {projectKey}}, {@code {month}}, ...), relative to the REST root. */
    record Endpoint(String method, String template, Access access) {

        boolean writes() {
            return !"GET".equals(method);
        }

        String key() {
            return method + " " + template;
        }

        /** The template with these path parameters, already encoded for a URI; {@link #ISSUE_KEY} as the issue. */
        String path(String projectKey, String month, String worklogId) {
            return path(projectKey, month, worklogId, ISSUE_KEY);
        }

        /** The template with these path parameters, already encoded for a URI. */
        String path(String projectKey, String month, String worklogId, String issueKey) {
            return template.replace("{projectKey}", projectKey).replace("{effectiveMonth}", month)
                    .replace("{month}", month).replace("{worklogId}", worklogId).replace("{issueKey}", issueKey)
                    .replace("{token}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static final Endpoint CONTRACT = new Endpoint("GET", "/projects/{projectKey}/contract", Access.BROWSE);
    static final Endpoint TERMS = new Endpoint("GET", "/projects/{projectKey}/contract/terms", Access.BROWSE);
    static final Endpoint PUT_TERMS = new Endpoint("PUT", "/projects/{projectKey}/contract/terms/{effectiveMonth}",
            Access.PROJECT_ADMIN);
    static final Endpoint AUDIT = new Endpoint("GET", "/projects/{projectKey}/audit", Access.PROJECT_ADMIN);
    static final Endpoint STATUS = new Endpoint("GET", "/projects/{projectKey}/months/{month}/status", Access.BROWSE);
    static final Endpoint STATUSES = new Endpoint("GET", "/statuses", Access.ANY_USER);
    static final Endpoint BOOKINGS = new Endpoint("GET", "/projects/{projectKey}/months/{month}/bookings",
            Access.BROWSE);
    static final Endpoint BILLING = new Endpoint("GET", "/projects/{projectKey}/months/{month}/billing",
            Access.PROJECT_ADMIN);
    static final Endpoint BILLING_CSV = new Endpoint("GET", "/projects/{projectKey}/months/{month}/billing.csv",
            Access.PROJECT_ADMIN);
    static final Endpoint BILLING_XLS = new Endpoint("GET", "/projects/{projectKey}/months/{month}/billing.xls",
            Access.PROJECT_ADMIN);
    static final Endpoint TOP_UP = new Endpoint("POST", "/projects/{projectKey}/months/{month}/top-ups",
            Access.PROJECT_ADMIN);
    static final Endpoint CLOSE = new Endpoint("POST", "/projects/{projectKey}/months/{month}/close",
            Access.PROJECT_ADMIN);
    static final Endpoint SUSPEND = new Endpoint("POST", "/projects/{projectKey}/suspensions", Access.PROJECT_ADMIN);
    static final Endpoint RESUME = new Endpoint("POST", "/projects/{projectKey}/suspensions/resume",
            Access.PROJECT_ADMIN);
    static final Endpoint CORRECT_LEVEL = new Endpoint("PUT", "/projects/{projectKey}/bookings/{worklogId}/level",
            Access.PROJECT_ADMIN);

    /** Agents classify tickets: browse permission is enough to write. */
    static final Endpoint CATEGORY = new Endpoint("PUT", "/projects/{projectKey}/issues/{issueKey}/category",
            Access.BROWSE);

    /** Agents read, prepare, submit and withdraw a ticket's change request; managers record the decision. */
    static final Endpoint CHANGE_REQUEST = new Endpoint("GET",
            "/projects/{projectKey}/issues/{issueKey}/change-request", Access.BROWSE);
    static final Endpoint PREPARE_CHANGE_REQUEST = new Endpoint("PUT",
            "/projects/{projectKey}/issues/{issueKey}/change-request", Access.BROWSE);
    static final Endpoint SUBMIT_CHANGE_REQUEST = new Endpoint("POST",
            "/projects/{projectKey}/issues/{issueKey}/change-request/submit", Access.BROWSE);
    static final Endpoint WITHDRAW_CHANGE_REQUEST = new Endpoint("POST",
            "/projects/{projectKey}/issues/{issueKey}/change-request/withdraw", Access.BROWSE);
    static final Endpoint DECIDE_CHANGE_REQUEST = new Endpoint("POST",
            "/projects/{projectKey}/issues/{issueKey}/change-request/decision", Access.PROJECT_ADMIN);

    /** The demo issue requests for {@code {issueKey}} go to: ACME-1, whose request category is Defect. */
    static final String ISSUE_KEY = "ACME-1";

    static final Endpoint DECISION_PAGE = new Endpoint("GET", "/decisions/{token}", Access.DECISION_LINK);
    static final Endpoint DECISION_SUBMIT = new Endpoint("POST", "/decisions/{token}", Access.DECISION_LINK);

    /** The endpoints that need a Jira account: JSON in and out, permissions by project. */
    static final List<Endpoint> ACCOUNT = List.of(CONTRACT, TERMS, PUT_TERMS, AUDIT, STATUS, STATUSES, BOOKINGS,
            BILLING, BILLING_CSV, BILLING_XLS, TOP_UP, CLOSE, SUSPEND, RESUME, CORRECT_LEVEL, CATEGORY, CHANGE_REQUEST,
            PREPARE_CHANGE_REQUEST, SUBMIT_CHANGE_REQUEST, WITHDRAW_CHANGE_REQUEST, DECIDE_CHANGE_REQUEST);

    /** The public decision page: HTML and a form post, for holders of a decision link. */
    static final List<Endpoint> DECISION_LINK = List.of(DECISION_PAGE, DECISION_SUBMIT);

    static final List<Endpoint> ALL = java.util.stream.Stream.concat(ACCOUNT.stream(), DECISION_LINK.stream())
            .toList();

    private RestEndpoints() {
    }

    /**
     * What the resources of the plugin bundle declare: {@code METHOD /path/{param}} for every resource method, found
     * by the same scan of the bundle the sandbox serves them with.
     */
    static Set<String> declared(Sandbox sandbox) {
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : RestApplication.scan(sandbox.plugin())) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(http + " " + join(root.value(), sub == null ? "" : sub.value()));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (sub.isEmpty() ? "" : "/" + strip(sub));
        return path.replaceAll("/+", "/");
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
