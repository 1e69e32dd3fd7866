package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;

import de.tieredsupport.contingent.jira.field.JiraIssueLevelLookup;
import de.tieredsupport.contingent.jira.panel.ContingentPanelContextProvider;
import de.tieredsupport.contingent.jira.report.BillingReportModule;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeModuleDescriptors;
import de.tieredsupport.contingent.sandbox.fakejira.FakeReportAction;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.port.ContractStore;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import de.tieredsupport.contingent.service.port.UserRights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The plugin's Velocity modules on sandbox pages, rendered by the plugin's own classes as Jira would call them: the
 * billing report ({@link BillingReportModule}: validate, then the view or Excel resource of its descriptor) under
 * Jira's report URL, and the issue panel ({@link ContingentPanelContextProvider} and the panel's view resource).
 * Around the report, the sandbox adds the report's parameter form, the Excel and print links and a "close month"
 * button for billing managers that calls the plugin's REST endpoint after a confirmation.
 */
final class PluginModulePages {

    static final String REPORT_PATH = "/secure/ConfigureReport.jspa";
    static final String EXCEL_PATH = "/secure/ConfigureReport!excelView.jspa";
    static final String REPORT_MODULE = "billing-report";
    static final String PANEL_MODULE = "contingent-panel";
    /** Class path resources under {@code web/} (the plugin's stylesheets) are served here. */
    static final String WEB_RESOURCES = "/sandbox/web/";

    private final Sandbox sandbox;
    private final FakeJira jira;
    private final FakeModuleDescriptors descriptors = new FakeModuleDescriptors();
    private final String reportKey;

    PluginModulePages(Sandbox sandbox, String pluginKey) {
        this.sandbox = sandbox;
        this.jira = sandbox.jira();
        this.reportKey = pluginKey + ":" + REPORT_MODULE;
    }

    /** A rendered page body, its title and the extra {@code <head>} content it needs. */
    record Body(int status, String title, String html, String head) {
    }

    /** Link to the report of a project and month (null: the report's default month). */
    String reportLink(String context, long projectId, YearMonth month) {
        return context + REPORT_PATH + "?selectedProjectId=" + projectId + "&reportKey="
                + URLEncoder.encode(reportKey, StandardCharsets.UTF_8) + (month == null ? "" : "&month=" + month);
    }

    Body report(HttpServletRequest request, FakeUser user) throws Exception {
        String context = request.getContextPath();
        if (!reportKey.equals(request.getParameter("reportKey"))) {
            return new Body(404, "Report not found", "<p>There is no report "
                    + esc(request.getParameter("reportKey")) + ".</p>", "");
        }
        Project project = project(request.getParameter("selectedProjectId"));
        if (project == null || !jira.permissions.has(ProjectPermissions.BROWSE_PROJECTS, project.getId(),
                user == null ? null : user.getKey())) {
            return new Body(user == null ? 401 : 404, "Project not found",
                    "<p>There is no project with that id that you may browse.</p>", "");
        }
        BillingReportModule module = module();
        FakeReportAction action = new FakeReportAction(project);
        Map<String, String[]> params = new HashMap<>(request.getParameterMap());
        module.validate(action.action(), params);

        String month = request.getParameter("month") == null ? "" : request.getParameter("month").trim();
        StringBuilder html = new StringBuilder();
        html.append("<form class=\"sc-report-form\" method=\"get\" action=\"").append(esc(context + REPORT_PATH))
                .append("\"><input type=\"hidden\" name=\"selectedProjectId\" value=\"").append(project.getId())
                .append("\"><input type=\"hidden\" name=\"reportKey\" value=\"").append(esc(reportKey))
                .append("\"><label>Month (yyyy-MM) <input name=\"month\" value=\"").append(esc(month))
                .append("\" placeholder=\"previous month\" pattern=\"\\d{4}-\\d{2}\"></label> ")
                .append("<button type=\"submit\">Show</button></form>");
        if (!action.errors().isEmpty()) {
            for (String error : action.errors()) {
                html.append("<p class=\"error\" role=\"alert\">").append(esc(error)).append("</p>");
            }
            return new Body(400, "Billing report", html.toString(), "");
        }
        String report = module.generateReportHtml(action.action(), params);

        YearMonth shown = month.isEmpty() ? YearMonth.now(Clock.systemUTC()).minusMonths(1) : YearMonth.parse(month);
        html.append("<p class=\"sc-sandbox-links\"><a href=\"").append(esc(context + EXCEL_PATH + "?selectedProjectId="
                + project.getId() + "&reportKey=" + URLEncoder.encode(reportKey, StandardCharsets.UTF_8) + "&month="
                + shown)).append("\">Excel view</a> · <a href=\"#\" id=\"sc-print\">Print</a> (print stylesheet: ")
                .append("one document, without the page around the report)</p>");
        if (mayClose(user, project.getId(), shown)) {
            html.append(closeMonth(context, project, shown));
        }
        html.append(report);
        html.append("<script>document.getElementById('sc-print').addEventListener('click',function(e){"
                + "e.preventDefault();window.print();});</script>");
        String head = "<link rel=\"stylesheet\" media=\"print\" href=\"" + esc(context + WEB_RESOURCES
                + "report/report-print.css") + "\">";
        return new Body(200, "Billing report " + project.getKey() + " " + shown, html.toString(), head);
    }

    /** Jira's Excel view of a report: the "excel" resource, sent as a spreadsheet download. */
    void excel(HttpServletRequest request, HttpServletResponse response, FakeUser user) throws Exception {
        Project project = project(request.getParameter("selectedProjectId"));
        if (!reportKey.equals(request.getParameter("reportKey")) || project == null
                || !jira.permissions.has(ProjectPermissions.BROWSE_PROJECTS, project.getId(),
                        user == null ? null : user.getKey())) {
            response.sendError(404);
            return;
        }
        BillingReportModule module = module();
        FakeReportAction action = new FakeReportAction(project);
        Map<String, String[]> params = new HashMap<>(request.getParameterMap());
        module.validate(action.action(), params);
        if (!action.errors().isEmpty()) {
            response.sendError(400, String.join("; ", action.errors()));
            return;
        }
        response.setContentType("application/vnd.ms-excel;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"billing-" + project.getKey() + ".xls\"");
        response.getWriter().write(module.generateReportExcel(action.action(), params));
    }

    /** The issue view's right column: the web panel's label and content (nothing when the provider gives none). */
    String issuePanel(FakeIssue issue) {
        ContingentPanelContextProvider provider = new ContingentPanelContextProvider(sandbox.services(),
                sandbox.component(JiraIssueLevelLookup.class), jira.authenticationContext);
        provider.init(Map.of());
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", issue.getProjectObject());
        String content = descriptors.webPanel(PANEL_MODULE, provider.getContextMap(context)).trim();
        if (content.isEmpty()) {
            return "";
        }
        return "<section class=\"sc-web-panel\" aria-labelledby=\"sc-panel-label\"><h2 id=\"sc-panel-label\">"
                + esc(jira.authenticationContext.getI18nHelper().getText("support-contingent.panel.label"))
                + "</h2>" + content + "</section>";
    }

    /** A class path resource under {@code web/} (stylesheets only), or false if there is none. */
    static boolean webResource(String path, HttpServletResponse response) throws IOException {
        String name = path.substring(WEB_RESOURCES.length());
        if (!name.matches("[a-z0-9/_-]+\\.css") || name.contains("//")) {
            return false;
        }
        try (InputStream in = PluginModulePages.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                return false;
            }
            response.setContentType("text/css;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
            return true;
        }
    }

    private BillingReportModule module() {
        BillingReportModule module = new BillingReportModule(sandbox.services(), jira.authenticationContext);
        module.init(descriptors.report(REPORT_MODULE));
        return module;
    }

    private Project project(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return jira.projects.getProjectObj(Long.parseLong(id));
    }

    /** Billing managers (project or Jira admins, as the plugin's access policy says) of a contract, open month. */
    private boolean mayClose(FakeUser user, long projectId, YearMonth month) {
        return user != null && new AccessPolicy(sandbox.component(UserRights.class)).canManage(user.getKey(),
                projectId) && sandbox.component(ContractStore.class).find(projectId).isPresent()
                && sandbox.component(MonthCloseStore.class).find(projectId, month).isEmpty();
    }

    private static String closeMonth(String context, Project project, YearMonth month) {
        String url = context + Sandbox.REST_PATH + "/projects/" + URLEncoder.encode(project.getKey(),
                StandardCharsets.UTF_8) + "/months/" + month + "/close";
        return String.join("",
                "<div class=\"sc-sandbox-actions\" id=\"sc-close-month\">",
                "<button type=\"button\" id=\"sc-close-month-button\" aria-haspopup=\"dialog\" data-url=\"", esc(url),
                "\">Close month ", esc(month), "…</button>",
                "<p id=\"sc-close-month-result\" class=\"error\" role=\"alert\" hidden></p></div>",
                "<dialog id=\"sc-close-month-dialog\" aria-labelledby=\"sc-close-month-title\">",
                "<h2 id=\"sc-close-month-title\">Close ", esc(month), " for ", esc(project.getName()), "?</h2>",
                "<p>Closing freezes this month's figures for the invoice. Later changes to its worklogs appear as ",
                "adjustments in the next month's report. A closed month cannot be reopened.</p>",
                "<form method=\"dialog\"><button value=\"confirm\" id=\"sc-close-month-confirm\">Close ", esc(month),
                "</button> <button value=\"cancel\" id=\"sc-close-month-cancel\" autofocus>Cancel</button></form>",
                "</dialog>", CLOSE_SCRIPT);
    }

    /**
     * Opens the confirmation; on "confirm" POSTs to the REST endpoint and reloads, or shows the REST error
     * messages as text (never as HTML).
     */
    private static final String CLOSE_SCRIPT = String.join("\n",
            "<script>(function () {",
            "  var button = document.getElementById('sc-close-month-button');",
            "  var dialog = document.getElementById('sc-close-month-dialog');",
            "  var result = document.getElementById('sc-close-month-result');",
            "  button.addEventListener('click', function () { result.hidden = true; dialog.showModal(); });",
            "  dialog.addEventListener('close', function () {",
            "    if (dialog.returnValue !== 'confirm') { button.focus(); return; }",
            "    button.disabled = true;",
            "    fetch(button.dataset.url, {method: 'POST', credentials: 'same-origin',",
            "        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: '{}'})",
            "      .then(function (response) {",
            "        if (response.ok) { window.location.reload(); return; }",
            "        return response.json().catch(function () { return {}; }).then(function (body) {",
            "          var messages = (body.errors || []).map(function (e) { return e.message; });",
            "          result.textContent = messages.length ? messages.join(' ')",
            "              : 'The month was not closed (HTTP ' + response.status + ').';",
            "          result.hidden = false; button.disabled = false; button.focus();",
            "        });",
            "      })",
            "      .catch(function () {",
            "        result.textContent = 'The month was not closed: no answer from the server.';",
            "        result.hidden = false; button.disabled = false;",
            "      });",
            "  });",
            "})();</script>");
}
