package de.tieredsupport.contingent.sandbox.fakejira;

import java.io.IOException;
import java.util.Locale;

import com.atlassian.sal.api.user.UserKey;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fake of Jira's login (Seraph): there are no passwords; the user switcher in the sandbox's page header sets the
 * cookie {@value #COOKIE} to a user key (percent-encoded, {@link #encode}), and this filter makes that user the caller of the request for SAL's
 * {@code getRemoteUserKey()} and Jira's authentication context. No cookie, or an unknown key, is anonymous.
 * <p>
 * Scripts log in as they do against Jira, with HTTP Basic authentication ({@code Authorization: Basic
 * base64(name:password)}, e.g. {@code curl -u agent:any}): the sandbox user of that name with <em>any</em> password.
 * A request with Basic credentials is that user's, whatever cookie it carries; a name that is no sandbox user is
 * refused with 401 and {@code X-Seraph-LoginReason: AUTHENTICATED_FAILED}, as Seraph refuses wrong credentials,
 * before any page or resource sees the request (never served as anonymous); the body is the sandbox's own, in the
 * shape of Jira's REST errors.
 * <p>
 * The language switch sets the cookie {@value #LANGUAGE_COOKIE} ({@code en} or {@code de}); a request that carries
 * it sets the caller's Jira language ({@link FakeUser#setLocale}), as changing the language in Jira's user profile
 * would. The language stays with the user until a request carries another value.
 */
public final class FakeLogin implements Filter {

    public static final String COOKIE = "sandbox.user";
    public static final String LANGUAGE_COOKIE = "sandbox.lang";

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private final FakeUsers users;

    public FakeLogin(FakeUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String basicName = basicUserName(http);
        if (basicName != null && users.find(basicName) == null) {
            HttpServletResponse refused = (HttpServletResponse) response;
            refused.setStatus(401);
            refused.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
            refused.setContentType("application/json;charset=UTF-8");
            refused.getWriter().write("{\"errorMessages\":[\"Basic authentication failed: that is no sandbox "
                    + "user.\"],\"errors\":{}}");
            return;
        }
        HttpServletRequest previous = CURRENT.get();
        CURRENT.set(http);
        applyLanguage((HttpServletRequest) request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The languages the switch offers: Jira's English and German. */
    public static Locale language(String tag) {
        return switch (tag == null ? "" : tag) {
            case "de" -> Locale.GERMAN;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    private void applyLanguage(HttpServletRequest request) {
        FakeUser user = userOf(request);
        if (user == null || request.getCookies() == null) {
            return;
        }
        for (Cookie cookie : request.getCookies()) {
            Locale locale = LANGUAGE_COOKIE.equals(cookie.getName()) ? language(cookie.getValue()) : null;
            if (locale != null) {
                user.setLocale(locale);
            }
        }
    }

    /** The user of the request's Basic credentials, else of its cookie, or null (anonymous). */
    public FakeUser userOf(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String basicName = basicUserName(request);
        if (basicName != null) {
            return users.find(basicName);
        }
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return users.find(decode(cookie.getValue()));
            }
        }
        return null;
    }

    /**
     * The user name of an {@code Authorization: Basic} header (RFC 7617: Base64 of {@code name:password}, UTF-8), or
     * null when the request has none; an unreadable one gives the empty name (no user, so refused). The password is
     * not looked at.
     */
    static String basicUserName(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A user key as a cookie value: percent-encoded, since user keys are free text to Jira. */
    public static String encode(String userKey) {
        return java.net.URLEncoder.encode(userKey, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The caller of the request this thread is serving, or null (anonymous, or no request). */
    public FakeUser currentUser() {
        return userOf(CURRENT.get());
    }

    public UserKey currentUserKey() {
        FakeUser user = currentUser();
        return user == null ? null : user.getUserKey();
    }
}
