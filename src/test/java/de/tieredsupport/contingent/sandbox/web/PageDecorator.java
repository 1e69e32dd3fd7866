package de.tieredsupport.contingent.sandbox.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakePageBuilderService;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The sandbox's stand-in for Jira's page decorator around plugin servlets: the servlet's {@code <title>} and
 * {@code <body>} go into the sandbox's frame ({@link SandboxLayout}: AUI's page layout with the sandbox's header,
 * the body in the page panel), with AUI in the head ({@link AuiAssets}) and the links to the web resources the page
 * required through {@link FakePageBuilderService}. Jira's admin decorator adds the project settings sidebar and
 * Jira's own header, which the sandbox does not imitate.
 */
public final class PageDecorator implements Filter {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final FakePageBuilderService pageBuilder;
    private final PluginDescriptor descriptor;
    private final SandboxLayout layout;
    private final FakeLogin login;

    public PageDecorator(FakePageBuilderService pageBuilder, PluginDescriptor descriptor, SandboxLayout layout,
            FakeLogin login) {
        this.pageBuilder = pageBuilder;
        this.descriptor = descriptor;
        this.layout = layout;
        this.login = login;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse real = (HttpServletResponse) response;
        CharArrayWriter buffer = new CharArrayWriter();
        HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper(real) {
            private final PrintWriter writer = new PrintWriter(buffer);

            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
        pageBuilder.takeRequired();
        try {
            chain.doFilter(request, wrapper);
        } finally {
            wrapper.getWriter().flush();
        }
        String body = buffer.toString();
        if (body.isEmpty() || real.isCommitted()) {
            return;
        }
        String contentType = real.getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            body = decorate(body, http);
        }
        real.getWriter().write(body);
    }

    private String decorate(String html, HttpServletRequest request) {
        Matcher body = BODY.matcher(html);
        if (!body.find()) {
            return html;
        }
        String contextPath = request.getContextPath();
        StringBuilder head = new StringBuilder();
        for (String key : pageBuilder.takeRequired()) {
            descriptor.webResource(key).forEach((name, location) -> {
                String url = Html.esc(contextPath + WebResourceServlet.url(key, name));
                if (name.endsWith(".css")) {
                    head.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (name.endsWith(".js")) {
                    head.append("<script src=\"").append(url).append("\" defer></script>\n");
                }
            });
        }
        Matcher title = TITLE.matcher(html);
        // the servlet's title is HTML already (escaped by its template); the frame escapes text, so unescape it once
        String titleText = title.find() ? Html.unescape(title.group(1).trim()) : "Support Contingent";
        String uri = request.getRequestURI();
        String back = (uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return layout.page(contextPath, titleText, null, login.userOf(request), back, body.group(1), null,
                head.toString());
    }
}
