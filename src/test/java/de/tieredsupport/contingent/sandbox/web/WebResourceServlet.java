package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the files of the plugin's web resources as Jira's download URLs do:
 * {@code /download/resources/<plugin key>:<module key>/<name>}. Only files the descriptor lists are served; Jira's
 * own resources (AUI) are not available in the sandbox.
 */
public final class WebResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/download/resources";

    private final transient PluginDescriptor descriptor;

    public WebResourceServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The URL path (below the context path) of one file of a web resource. */
    public static String url(String completeKey, String name) {
        return PATH + "/" + completeKey + "/" + name;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        String location = slash < 0 ? null
                : descriptor.webResource(path.substring(1, slash)).get(path.substring(slash + 1));
        InputStream in = location == null ? null : descriptor.openResource(location);
        if (in == null) {
            response.sendError(404);
            return;
        }
        try (in) {
            response.setContentType(location.endsWith(".js") ? "text/javascript;charset=UTF-8"
                    : location.endsWith(".css") ? "text/css;charset=UTF-8" : "application/octet-stream");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
