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

/**
 * Fake of Jira's login (Seraph): there are no passwords; the user switcher in the sandbox's page header sets the
 * cookie {@value #COOKIE} to a user key (percent-encoded, {@link #encode}), and this filter makes that user the caller of the request for SAL's
 * {@code getRemoteUserKey()} and Jira's authentication context. No cookie, or an unknown key, is anonymous.
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
        HttpServletRequest previous = CURRENT.get();
        CURRENT.set((HttpServletRequest) request);
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

    /** The user the request's cookie names, or null (anonymous). */
    public FakeUser userOf(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return users.find(decode(cookie.getValue()));
            }
        }
        return null;
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
