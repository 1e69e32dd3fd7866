package de.tieredsupport.contingent.sandbox.web;

import static de.tieredsupport.contingent.sandbox.web.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Atlassian's own UI library on the sandbox's pages, as Jira brings it to every page: AUI's distribution
 * ({@code @atlassian/aui} from the npm registry: {@code aui-prototyping.css} with its fonts and images). The build
 * fetches the packages with npm into {@code target/aui} ({@code build/fetch-aui.sh}, versions in {@code pom.xml});
 * this class serves those files under {@value #PATH} and writes the {@code <head>} lines that load them.
 * <p>
 * AUI's JavaScript (after jQuery, its peer dependency, with the design tokens in the light theme, as Jira 10 and
 * later load them) is loaded too, as Jira loads it on every page, unless the system property
 * {@value #JS_PROPERTY}{@code =false}. AUI's layer manager cancels every Escape key press on the document
 * ({@code layer.js}, {@code initCloseLayerOnEscPress}); the plugin's dialogs therefore close themselves on Escape, and
 * the browser tests of their keyboard use run with AUI's JavaScript, as in Jira.
 * <p>
 * Where the build could not fetch AUI (no npm, no registry), the pages fall back to the sandbox's stand-in styles
 * ({@link AuiLikeStyles}) and the first sandbox of the JVM says so in one console line; nothing fails.
 */
public final class AuiAssets {

    /** Where the files are served, below the context path. */
    public static final String PATH = "/sandbox/aui";
    /** System property naming the directory the build fetched into (default {@code target/aui}). */
    public static final String DIR_PROPERTY = "sandbox.aui.dir";
    /** System property: {@code false} leaves AUI's JavaScript out (see above). */
    public static final String JS_PROPERTY = "sandbox.aui.js";

    private static final String[] REQUIRED = {"aui/aui-prototyping.css", "aui/aui-prototyping.js",
        "aui/aui-prototyping-design-tokens-api.js", "jquery/jquery.min.js"};
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "woff", "font/woff", "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject", "svg", "image/svg+xml", "png", "image/png", "gif", "image/gif");
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private final Path directory;
    private final boolean available;
    private final boolean javaScript;

    private AuiAssets(Path directory, boolean available, boolean javaScript) {
        this.directory = directory;
        this.available = available;
        this.javaScript = javaScript;
    }

    /** The files the build fetched, or the fallback (said once per JVM on the console) when they are missing. */
    public static AuiAssets locate() {
        Path directory = Paths.get(System.getProperty(DIR_PROPERTY, "target/aui")).toAbsolutePath().normalize();
        boolean complete = true;
        for (String file : REQUIRED) {
            complete &= Files.isRegularFile(directory.resolve(file));
        }
        if (!complete && TOLD.compareAndSet(false, true)) {
            System.out.println("[sandbox] AUI (@atlassian/aui) not found in " + directory + " (the build fetches it "
                    + "with npm): the sandbox pages use their stand-in styles instead.");
        }
        return new AuiAssets(directory, complete, !"false".equals(System.getProperty(JS_PROPERTY)));
    }

    /** True when AUI is served; false when the pages use the stand-in styles. */
    public boolean available() {
        return available;
    }

    /** True when AUI's JavaScript is loaded as well ({@value #JS_PROPERTY}). */
    public boolean javaScript() {
        return available && javaScript;
    }

    /**
     * The {@code <head>} lines every sandbox page starts with: AUI's CSS, or the stand-in styles; with
     * {@value #JS_PROPERTY}, jQuery, AUI's JavaScript and the design tokens in the light theme as well.
     */
    public String head(String contextPath) {
        if (!available) {
            return "<style>" + AuiLikeStyles.LAYOUT + AuiLikeStyles.CSS + "</style>\n";
        }
        String base = esc(contextPath + PATH);
        String css = "<link rel=\"stylesheet\" href=\"" + base + "/aui/aui-prototyping.css\">\n";
        if (!javaScript) {
            return css;
        }
        return css + "<script src=\"" + base + "/jquery/jquery.min.js\"></script>\n"
                + "<script src=\"" + base + "/aui/aui-prototyping.js\"></script>\n"
                + "<script src=\"" + base + "/aui/aui-prototyping-design-tokens-api.js\"></script>\n"
                + "<script>if (window.AJS && AJS.DesignTokens) { AJS.DesignTokens.setGlobalTheme({colorMode: "
                + "'light'}); }</script>\n";
    }

    /** Serves the fetched files (404 for anything else, and for everything in fallback). */
    public HttpServlet servlet() {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
                String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                Path file = directory.resolve(name).normalize();
                if (!available || !name.matches("[A-Za-z0-9._/-]+") || name.contains("..")
                        || !file.startsWith(directory) || !TYPES.containsKey(extension)
                        || !Files.isRegularFile(file)) {
                    response.sendError(404);
                    return;
                }
                response.setContentType(TYPES.get(extension));
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "max-age=3600");
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(response.getOutputStream());
                }
            }
        };
    }
}
