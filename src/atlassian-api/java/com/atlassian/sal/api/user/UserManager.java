package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/**
 * SAL's user manager (not Jira's {@code com.atlassian.jira.user.util.UserManager}). On Jira 11 the request-taking
 * methods take {@code jakarta.servlet.http.HttpServletRequest}; the javax overloads of SAL 5/6 are not declared
 * (their presence on 11 is unknown and they would not link).
 *
 * Evidence: Jira 11.3.6 plugin mrkhachaturov/jira-mcp-plugin (jakarta rebuild, platform BOM 8.1.13)
 *   src/main/java/com/atlassian/mcp/plugin/rest/SessionBindingFilter.java, rest/AccessControlFilter.java,
 *   admin/AdminServlet.java: getRemoteUser(jakarta request), getRemoteUserKey(jakarta request),
 *   getUserProfile(UserKey), isSystemAdmin(UserKey); decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files)
 *   for the full interface.
 * Status: CONFIRMED-11 (the four members named above); getRemoteUserKey() and isAdmin(UserKey) CONFIRMED-9 (SAL 5.1.4)
 */
public interface UserManager {

    /** The user of the current request, or null when anonymous. CONFIRMED-9. */
    UserKey getRemoteUserKey();

    /** CONFIRMED-11. */
    UserKey getRemoteUserKey(HttpServletRequest request);

    /** CONFIRMED-11. */
    UserProfile getRemoteUser(HttpServletRequest request);

    /** CONFIRMED-11. */
    UserProfile getUserProfile(UserKey userKey);

    /** CONFIRMED-11. */
    boolean isSystemAdmin(UserKey userKey);

    /** Jira administrator or system administrator. CONFIRMED-9. */
    boolean isAdmin(UserKey userKey);
}
