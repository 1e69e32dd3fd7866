package de.tieredsupport.contingent.sandbox.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;

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
 * The sandbox's stand-in for Jira's page decorator around plugin servlets: adds the links to the web resources the
 * page required through {@link FakePageBuilderService} before {@code </head>} and a bar back to the sandbox after
 * {@code <body>}, and a few of AUI's looks ({@link AuiLikeStyles}). Jira's admin decorator (header, project settings
 * sidebar) is not imitated.
 */
public final class PageDecorator implements Filter {

    private final FakePageBuilderService pageBuilder;
    private final PluginDescriptor descriptor;

    public PageDecorator(FakePageBuilderService pageBuilder, PluginDescriptor descriptor) {
        this.pageBuilder = pageBuilder;
        this.descriptor = descriptor;
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
            body = decorate(body, http.getContextPath());
        }
        real.getWriter().write(body);
    }

    private String decorate(String html, String contextPath) {
        StringBuilder head = new StringBuilder("<style>").append(AuiLikeStyles.PAGE).append(AuiLikeStyles.CSS)
                .append("</style>\n");
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
        String bar = "<nav class=\"sandbox-bar\" style=\"font:13px sans-serif;background:#0052cc;padding:6px 12px\">"
                + "<a style=\"color:#fff\" href=\"" + Html.esc(contextPath + "/") + "\">Sandbox projects</a>"
                + " <span style=\"color:#fff\">(Jira's decorator is not part of the sandbox; AUI is imitated)</span>"
                + "</nav>\n";
        int headEnd = html.indexOf("</head>");
        if (headEnd >= 0) {
            html = html.substring(0, headEnd) + head + html.substring(headEnd);
        }
        int bodyStart = html.indexOf("<body>");
        if (bodyStart >= 0) {
            html = html.substring(0, bodyStart + 6) + "\n" + bar + html.substring(bodyStart + 6);
        }
        return html;
    }
}
