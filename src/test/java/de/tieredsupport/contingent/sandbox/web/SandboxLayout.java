package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;

/**
 * The frame of every sandbox page, in AUI's page layout as Jira's pages are built (AUI documentation, "Page
 * layout"; the classes are those of {@code @atlassian/aui}'s {@code aui-page-layout.less}, {@code aui-page-header.less}
 * and {@code aui-appheader.less}): {@code #page} holding the application header {@code #header nav.aui-header} (the
 * sandbox's navigation, user switcher and language switch where Jira has its menus and the user's profile),
 * {@code #content} with an optional {@code .aui-page-header} and one {@code .aui-page-panel} whose
 * {@code .aui-page-panel-content} is the page and whose {@code .aui-page-panel-sidebar} is the right column (the
 * issue view's web panels), and {@code #footer .footer-body}. AUI itself styles it ({@link AuiAssets}); without AUI,
 * {@link AuiLikeStyles} stands in.
 */
public final class SandboxLayout {

    private static final String ANONYMOUS = "anonymous";
    /** What AUI does not style: the sandbox's own notes, forms in the header, mail frames, the new worklog row. */
    private static final String SANDBOX_CSS = "#header form{display:inline-flex;gap:4px;align-items:center;margin:0}"
            + "#header label{display:inline-flex;gap:4px;align-items:center}.aui-header-logo-device small{"
            + "font-weight:400;opacity:.75}.aui-page-panel-content>section+section,.aui-page-panel-content>"
            + "section+article,.aui-page-panel-content>article+article{margin-top:24px}.note,.hint{color:#5e6c84}"
            + "p.error{color:#bf2600;margin:0}p.success{margin:0}table.aui caption{text-align:left;"
            + "font-weight:600;padding:4px 0}tr.new{background:#e3fcef}iframe{width:100%;height:320px;"
            + "border:1px solid #dfe1e6}.sc-web-panel h2{margin-top:8px}.sc-gadget{border:1px solid #dfe1e6;"
            + "border-radius:3px;padding:8px 16px 16px}";

    private final FakeJira jira;
    private final AuiAssets aui;

    public SandboxLayout(FakeJira jira, AuiAssets aui) {
        this.jira = jira;
        this.aui = aui;
    }

    public AuiAssets aui() {
        return aui;
    }

    /**
     * A whole page.
     *
     * @param contextPath the web application's context path, e.g. {@code /jira}
     * @param title       the document title (text)
     * @param heading     HTML of the page header's {@code <h1>}, or null for a page without a page header
     * @param user        the page's user (null: anonymous), selected in the user switcher
     * @param back        where the switchers return to, below the context path (path and query)
     * @param body        HTML of the page panel's content
     * @param sidebar     HTML of the page panel's right column, or null for none
     * @param head        further {@code <head>} content (e.g. a module's web resources), after AUI's
     */
    public String page(String contextPath, String title, String heading, FakeUser user, String back, String body,
            String sidebar, String head) {
        String language = user == null ? "en" : user.locale().getLanguage();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"").append(esc(language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append(" – Support Contingent sandbox</title>\n")
                .append(aui.head(contextPath)).append("<style>").append(SANDBOX_CSS).append("</style>\n")
                .append(head == null ? "" : head).append("</head><body><div id=\"page\">")
                .append(header(contextPath, user, back))
                .append("<section id=\"content\" role=\"main\">");
        if (heading != null) {
            html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                    .append("<div class=\"aui-page-header-main\"><h1>").append(heading)
                    .append("</h1></div></div></header>");
        }
        html.append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">").append(body).append("</section>");
        if (sidebar != null && !sidebar.isEmpty()) {
            html.append("<aside class=\"aui-page-panel-sidebar\">").append(sidebar).append("</aside>");
        }
        html.append("</div></div></section>")
                .append("<footer id=\"footer\" role=\"contentinfo\"><section class=\"footer-body\"><p>Sandbox host: ")
                .append("users, permissions, projects, issues, worklogs and mail are a fake Jira; services, stores ")
                .append("and REST resources are the plugin's own. ")
                .append(aui.javaScript() ? "Atlassian's AUI: styles and JavaScript."
                        : aui.available() ? "Atlassian's AUI: styles." : "Styles: the sandbox's stand-in for AUI (the "
                        + "build could not fetch AUI with npm).")
                .append("</p></section></footer></div></body></html>");
        return html.toString();
    }

    /** The application header: navigation, user switcher and language switch. */
    public String header(String contextPath, FakeUser user, String back) {
        String language = user == null ? "en" : user.locale().getLanguage();
        String backLink = esc(contextPath + back);
        StringBuilder html = new StringBuilder(2048);
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Sandbox\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<a class=\"brand\" href=\"")
                .append(esc(contextPath + "/")).append("\"><span class=\"aui-header-logo-device\">Support Contingent ")
                .append("<small>sandbox</small></span></a></span><ul class=\"aui-nav\"><li><a href=\"")
                .append(esc(contextPath + "/")).append("\">Projects</a></li><li><a href=\"")
                .append(esc(contextPath + "/sandbox/mail")).append("\">Mail outbox (")
                .append(jira.mail.captured().size()).append(")</a></li><li><a href=\"")
                .append(esc(contextPath + DashboardHost.PATH)).append("\">Dashboard</a></li></ul></div>")
                .append("<div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li>")
                .append("<form class=\"switcher\" method=\"post\" action=\"")
                .append(esc(contextPath + "/sandbox/switch-user")).append("\"><input type=\"hidden\" name=\"back\" ")
                .append("value=\"").append(backLink).append("\"><label>User <select class=\"select\" name=\"user\">");
        for (FakeUser candidate : jira.users.all()) {
            html.append("<option value=\"").append(esc(candidate.getKey())).append('"')
                    .append(candidate.equals(user) ? " selected" : "").append('>').append(esc(candidate.getKey()))
                    .append(" – ").append(esc(candidate.getDisplayName())).append("</option>");
        }
        html.append("<option value=\"").append(ANONYMOUS).append('"').append(user == null ? " selected" : "")
                .append(">anonymous</option></select></label> <button class=\"aui-button\" type=\"submit\">Switch")
                .append("</button></form></li><li><form class=\"language\" method=\"post\" action=\"")
                .append(esc(contextPath + "/sandbox/switch-language")).append("\"><input type=\"hidden\" ")
                .append("name=\"back\" value=\"").append(backLink).append("\"><label>Language ")
                .append("<select class=\"select\" name=\"lang\"><option value=\"en\"")
                .append("de".equals(language) ? "" : " selected").append(">English</option><option value=\"de\"")
                .append("de".equals(language) ? " selected" : "").append(">Deutsch</option></select></label> ")
                .append("<button class=\"aui-button\" type=\"submit\">Set</button></form></li></ul></div></div>")
                .append("</nav></header>");
        return html.toString();
    }
}
