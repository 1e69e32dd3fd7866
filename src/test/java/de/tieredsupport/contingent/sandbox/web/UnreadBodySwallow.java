package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * What Jira's Tomcat does with a request body the application left unread (its connector's {@code maxSwallowSize},
 * 2 MiB by default): after the answer it reads and drops the rest of the body, up to 2 MiB, so the connection closes
 * cleanly and the client reads the answer. Without it a client still sending a body the plugin refused unread (413 at
 * just over 1 MiB, or a 401 or 403 before reading) may get a TCP reset that destroys the answer. A declared length over
 * the limit is not read at all; the connection is closed, as in Tomcat.
 */
public final class UnreadBodySwallow implements Filter {

    /** Tomcat's default {@code maxSwallowSize}. */
    public static final long MAX_SWALLOW_BYTES = 2L << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            swallow(request);
        }
    }

    private static void swallow(ServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > MAX_SWALLOW_BYTES) {
            return;
        }
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
