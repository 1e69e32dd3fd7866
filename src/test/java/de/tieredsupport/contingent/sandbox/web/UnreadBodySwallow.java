package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Jira's Tomcat does with a body the application refused unread for its size (its connector's
 * {@code maxSwallowSize}, 2 MiB by default): it answers, reads and drops the rest of the body, and closes the
 * connection cleanly, so the client reads the answer. Without it a client still sending a body just over the
 * plugin's 1 MiB limit may get a TCP reset that destroys its 413. Only such bodies are read here, and their connection
 * is closed after the answer: a connection whose request body was not read by the application is never reused, as
 * before. Smaller bodies are left to the container; a declared length over 2 MiB is not read at all.
 */
public final class UnreadBodySwallow implements Filter {

    /** The plugin's limit for a request body: longer ones are refused unread (413). */
    static final long BODY_LIMIT_BYTES = 1L << 20;

    /** Tomcat's default {@code maxSwallowSize}. */
    public static final long MAX_SWALLOW_BYTES = 2L << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean refusedForSize = declared > BODY_LIMIT_BYTES && declared <= MAX_SWALLOW_BYTES;
        if (refusedForSize && response instanceof HttpServletResponse http) {
            http.setHeader("Connection", "close");
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (refusedForSize) {
                swallow(request);
            }
        }
    }

    private static void swallow(ServletRequest request) {
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            InputStream body = request.getInputStream();
            for (int n; read <= MAX_SWALLOW_BYTES && (n = body.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // a body cut short, a client gone, or the application read it as text: nothing left to drop
        }
    }
}
