package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hosts the plugin's dashboard item as Jira's dashboard would: the page {@link #PATH} holds one item; its scripts
 * are the plugin's own files from the plugin bundle ({@code web/dashboard/}), preceded by a small AMD
 * {@code define}/{@code require}, an {@code AJS} stand-in and the dashboard item API stand-in
 * ({@code sandbox/dashboard-host.js}, test code), and the user's translations as Jira's jsI18n transformer would
 * supply them. The item then calls the plugin's REST API as the sandbox user.
 */
public final class DashboardHost extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page, at Jira's dashboard address. */
    public static final String PATH = "/secure/Dashboard.jspa";
    /** Where this servlet serves the scripts and styles. */
    public static final String ASSETS = "/sandbox/dashboard";

    /** The plugin's files, in the order of the web resource in atlassian-plugin.xml. */
    static final String[] PLUGIN_SCRIPTS = {
        "contingent-model.js", "contingent-view.js", "contingent-messages.js", "contingent-dashboard-item.js"};
    static final String PLUGIN_CSS = "contingent-dashboard.css";
    static final String MODULE = "support-contingent/dashboard-item";
    /** The item's id on the page, as Jira gives every dashboard item one. */
    static final String GADGET_ID = "10100";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient FakeJira jira;
    private final transient PluginDescriptor plugin;

    /** @param plugin the plugin's descriptor and resources (in the sandbox: read through the plugin bundle) */
    public DashboardHost(FakeJira jira, PluginDescriptor plugin) {
        this.jira = jira;
        this.plugin = plugin;
    }

    /** The page body: the item's frame, then the scripts (at the end, so the frame exists when they run). */
    public static String body(String contextPath, FakeUser user) {
        String assets = contextPath + ASSETS;
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"hint\">The plugin's dashboard item in a stand-in for Jira's dashboard: its own ")
                .append("AMD module, scripts and CSS, calling the REST API as the current user. Add ")
                .append("<code>?projectKey=ACME&amp;month=yyyy-MM</code> to preset its preferences; Edit saves them ")
                .append("in this browser.</p>")
                .append("<section class=\"sc-gadget\" id=\"gadget-").append(GADGET_ID).append("\" data-gadget-id=\"")
                .append(GADGET_ID).append("\" data-module=\"").append(MODULE).append("\" data-context-path=\"")
                .append(esc(contextPath)).append("\" data-user=\"").append(esc(user == null ? "" : user.getKey()))
                .append("\"><div class=\"sc-gadget-header\"><h2 class=\"sc-gadget-title\" id=\"gadget-")
                .append(GADGET_ID).append("-title\"></h2><button type=\"button\" class=\"aui-button sc-gadget-edit\" ")
                .append("id=\"gadget-").append(GADGET_ID).append("-edit\"").append(user == null ? " disabled" : "")
                .append(">Edit</button></div><div class=\"sc-gadget-content\" id=\"gadget-").append(GADGET_ID)
                .append("-content\" aria-live=\"polite\"></div></section>")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(assets + "/web/" + PLUGIN_CSS)).append("\">")
                .append("<style>.sc-gadget-header{display:flex;justify-content:space-between;align-items:center}")
                .append(".sc-gadget-title{margin:4px 0}</style>")
                .append("<script src=\"").append(esc(assets + "/host.js")).append("\"></script>")
                .append("<script src=\"").append(esc(assets + "/i18n.js")).append("\"></script>");
        for (String script : PLUGIN_SCRIPTS) {
            html.append("<script src=\"").append(esc(assets + "/web/" + script)).append("\"></script>");
        }
        html.append("<script src=\"").append(esc(assets + "/start.js")).append("\"></script>");
        return html.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (path.equals("/host.js")) {
            copy(DashboardHost.class.getClassLoader().getResourceAsStream("sandbox/dashboard-host.js"),
                    "text/javascript", response);
        } else if (path.equals("/start.js")) {
            send(response, "text/javascript", "SandboxDashboard.mountAll();\n");
        } else if (path.equals("/i18n.js")) {
            FakeUser user = jira.login.userOf(request);
            send(response, "text/javascript", "SandboxDashboard.translations("
                    + scriptSafe(JSON.writeValueAsString(messages(user == null ? Locale.ENGLISH : user.locale(),
                            plugin)))
                    + ");\n");
        } else if (path.matches("/web/[a-z-]+\\.(js|css)")) {
            String name = path.substring("/web/".length());
            copy(plugin.openResource("web/dashboard/" + name), name.endsWith(".js") ? "text/javascript" : "text/css",
                    response);
        } else {
            response.sendError(404);
        }
    }

    /**
     * The plugin's messages in the language, over the English ones (as Jira falls back), from the i18n resource of
     * its descriptor (a resource bundle base name).
     */
    static Map<String, String> messages(Locale locale, PluginDescriptor plugin) throws IOException {
        Map<String, String> messages = new TreeMap<>();
        String base = plugin.i18nLocations().get(0).replace('.', '/');
        for (String bundle : locale.getLanguage().equals("de")
                ? new String[] {base + ".properties", base + "_de.properties"}
                : new String[] {base + ".properties"}) {
            Properties properties = new Properties();
            try (InputStream in = plugin.openResource(bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            }
            properties.stringPropertyNames().stream().filter(k -> k.startsWith("support-contingent."))
                    .forEach(k -> messages.put(k, properties.getProperty(k)));
        }
        return messages;
    }

    /** JSON that cannot end a script element or a JS string early. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static void copy(InputStream resource, String type, HttpServletResponse response) throws IOException {
        try (InputStream in = resource) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(type + ";charset=UTF-8");
            in.transferTo(response.getOutputStream());
        }
    }

    private static void send(HttpServletResponse response, String type, String text) throws IOException {
        response.setContentType(type + ";charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
