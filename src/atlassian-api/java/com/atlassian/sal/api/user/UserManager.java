package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/**
 * SAL's user manager (not Jira's {@code com.atlassian.jira.user.util.UserManager}). On Jira 11 the request-taking
 * methods take {@code jakarta.servlet.http.HttpServletRequest}; the javax overloads of SAL 5/6 are not declared
 * (their presence on 11 is unknown and they would not link).
 *
 * Evidence: mrkhachaturov/jira-mcp-plugin@b75f2e4 (really the Jira 10.7.4 javax build; the jakarta rebuild is only planned there)
 *   src/main/java/com/atlassian/mcp/plugin/rest/SessionBindingFilter.java, rest/AccessControlFilter.java,
 *   admin/AdminServlet.java: getRemoteUser(javax request), getRemoteUserKey(javax request),
 *   getUserProfile(UserKey), isSystemAdmin(UserKey); decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files)
 *   for the full interface.
 * Status: CONFIRMED-11 for getRemoteUserKey(), getUserProfile(UserKey), isSystemAdmin(UserKey), isAdmin(UserKey) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ConfigurationRestService.java lines 117-124 (getRemoteUserKey(), isAdmin, isSystemAdmin on com.atlassian.sal.api.user.UserManager),
 *   slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/settings/SlackUserSettingsService.java line 144 (getUserProfile(UserKey)).
 *   getRemoteUserKey(jakarta HttpServletRequest) and getRemoteUser(jakarta HttpServletRequest): INFERRED — the earlier "CONFIRMED-11" came from
 *   mrkhachaturov/jira-mcp-plugin, whose stored snapshot (b75f2e4) is the Jira 10.7.4 build with javax; the Jakarta rebuild exists there only as
 *   spec/plan documents (docs/rkstack/...). The jakarta parameter type follows from [P11] ("no API changes unless required by Jakarta").
 */
public interface UserManager {

    /** The user of the current request, or null when anonymous. CONFIRMED-11 (Slack Jira 11 build). */
    UserKey getRemoteUserKey();

    /** INFERRED (jakarta overload; the jira-mcp-plugin "evidence" is a 10.7.4 javax build, see the header). */
    UserKey getRemoteUserKey(HttpServletRequest request);

    /** INFERRED (jakarta overload; see the header). */
    UserProfile getRemoteUser(HttpServletRequest request);

    /** CONFIRMED-11 (Slack common module, Platform 8). */
    UserProfile getUserProfile(UserKey userKey);

    /** CONFIRMED-11 (Slack Jira 11 build). */
    boolean isSystemAdmin(UserKey userKey);

    /** Jira administrator or system administrator. CONFIRMED-11 (Slack Jira 11 build). */
    boolean isAdmin(UserKey userKey);
}
