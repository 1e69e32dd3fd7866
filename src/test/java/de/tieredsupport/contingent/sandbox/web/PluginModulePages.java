package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.report.Report;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.ContextProvider;

import de.tieredsupport.contingent.sandbox.PluginModules;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeModuleDescriptors;
import de.tieredsupport.contingent.sandbox.fakejira.FakeReportAction;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The plugin's Velocity modules on sandbox pages, rendered by the module instances the plugin's container built
 * ({@link PluginModules}), called through Jira's interfaces as Jira calls them: the billing report ({@link Report}:
 * validate, then the view or Excel resource of its descriptor) under Jira's report URL, and the issue panel (its
 * {@link ContextProvider} and the panel's view resource).
 * Around the report, the sandbox adds the report's parameter form and the Excel and print links, and links the web
 * resources the module required while rendering (its close-month script and styles), as Jira's page would.
 */
final class PluginModulePages {

    static final String REPORT_PATH = "/secure/ConfigureReport.jspa";
    static final String EXCEL_PATH = "/secure/ConfigureReport!excelView.jspa";
    static final String REPORT_MODULE = PluginModules.REPORT;
    static final String PANEL_MODULE = PluginModules.PANEL;
    /** The plugin's resources under {@code web/} (its stylesheets) are served here. */
    static final String WEB_RESOURCES = "/sandbox/web/";

    private final FakeJira jira;
    private final FakeModuleDescriptors descriptors;
    private final PluginDescriptor descriptor;
    private final Report report;
    private final ContextProvider panel;
    private final String reportKey;

    PluginModulePages(Sandbox sandbox) {
        this.jira = sandbox.jira();
        this.descriptor = sandbox.descriptor();
        this.descriptors = new FakeModuleDescriptors(descriptor.classLoader());
        this.reportKey = descriptor.pluginKey() + ":" + REPORT_MODULE;
        // Jira initialises a report module once with its descriptor
        this.report = sandbox.modules().report();
        report.init(descriptors.report(REPORT_MODULE));
        this.panel = sandbox.modules().panelContextProvider();
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
        Report module = report;
        FakeReportAction action = new FakeReportAction(project);
        Map<String, String[]> params = new HashMap<>(request.getParameterMap());
        module.validate(action.action(), params);

        String month = request.getParameter("month") == null ? "" : request.getParameter("month").trim();
        StringBuilder html = new StringBuilder();
        html.append("<form class=\"aui sc-report-form\" method=\"get\" action=\"").append(esc(context + REPORT_PATH))
                .append("\"><input type=\"hidden\" name=\"selectedProjectId\" value=\"").append(project.getId())
                .append("\"><input type=\"hidden\" name=\"reportKey\" value=\"").append(esc(reportKey))
                .append("\"><label>Month (yyyy-MM) <input class=\"text medium-field\" name=\"month\" value=\"")
                .append(esc(month))
                .append("\" placeholder=\"previous month\" pattern=\"\\d{4}-\\d{2}\"></label> ")
                .append("<button class=\"aui-button\" type=\"submit\">Show</button></form>");
        if (!action.errors().isEmpty()) {
            for (String error : action.errors()) {
                html.append("<div class=\"aui-message aui-message-error\"><p class=\"error\" role=\"alert\">")
                        .append(esc(error)).append("</p></div>");
            }
            return new Body(400, "Billing report", html.toString(), "");
        }
        jira.pageBuilder.takeRequired();
        String report = module.generateReportHtml(action.action(), params);
        // what the module required while rendering (its styles, print stylesheet and script), linked as Jira's page
        // would
        StringBuilder head = new StringBuilder(resourceLinks(jira.pageBuilder.takeRequired()));

        YearMonth shown = month.isEmpty() ? YearMonth.now(Clock.systemUTC()).minusMonths(1) : YearMonth.parse(month);
        html.append("<p class=\"sc-sandbox-links\"><a href=\"").append(esc(context + EXCEL_PATH + "?selectedProjectId="
                + project.getId() + "&reportKey=" + URLEncoder.encode(reportKey, StandardCharsets.UTF_8) + "&month="
                + shown)).append("\">Excel view</a> · <a href=\"#\" id=\"sc-print\">Print</a> (print stylesheet: ")
                .append("one document, without the page around the report)</p>");
        html.append(report);
        html.append("<script>document.getElementById('sc-print').addEventListener('click',function(e){"
                + "e.preventDefault();window.print();});</script>");
        return new Body(200, "Billing report " + project.getKey() + " " + shown, html.toString(), head.toString());
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
        Report module = report;
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

    /** The web panel's markup for the page's body and the links to the resources it required, for its head. */
    record IssuePanel(String head, String body) {
    }

    /**
     * The issue view's right column: the web panel's label and content (nothing when the provider gives none). The
     * resources it required go into the page's head, as Jira's decorator writes the head after the panels rendered.
     */
    IssuePanel issuePanel(FakeIssue issue) {
        ContextProvider provider = panel;
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", issue.getProjectObject());
        jira.pageBuilder.takeRequired();
        String content = descriptors.webPanel(PANEL_MODULE, provider.getContextMap(context)).trim();
        String links = resourceLinks(jira.pageBuilder.takeRequired());
        if (content.isEmpty()) {
            return new IssuePanel("", "");
        }
        return new IssuePanel(links, "<section class=\"sc-web-panel\" aria-labelledby=\"sc-panel-label\">"
                + "<h2 id=\"sc-panel-label\">"
                + esc(jira.authenticationContext.getI18nHelper().getText("support-contingent.panel.label"))
                + "</h2>" + content + "</section>");
    }

    /** A resource of the plugin under {@code web/} (stylesheets only), or false if there is none. */
    boolean webResource(String path, HttpServletResponse response) throws IOException {
        String name = path.substring(WEB_RESOURCES.length());
        if (!name.matches("[a-z0-9/_-]+\\.css") || name.contains("//")) {
            return false;
        }
        try (InputStream in = descriptor.openResource("web/" + name)) {
            if (in == null) {
                return false;
            }
            response.setContentType("text/css;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
            return true;
        }
    }

    /** Links to the files of the web resources a module required (scripts deferred), as Jira's page would add. */
    private String resourceLinks(List<String> keys) {
        StringBuilder links = new StringBuilder();
        for (String key : keys) {
            descriptor.webResource(key).forEach((name, location) -> {
                String url = esc(SandboxOptions.CONTEXT_PATH + WebResourceServlet.url(key, name));
                if (name.endsWith(".css")) {
                    links.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">");
                } else if (name.endsWith(".js")) {
                    links.append("<script src=\"").append(url).append("\" defer></script>");
                }
            });
        }
        return links.toString();
    }

    private Project project(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return jira.projects.getProjectObj(Long.parseLong(id));
    }
}
