package com.atlassian.sal.api.user;

/**
 * SAL's read-only view of a user.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/user/UserProfile.java);
 *   Jira 10.7.4 (javax) plugin mrkhachaturov/jira-mcp-plugin@b75f2e4 src/main/java/com/atlassian/mcp/plugin/rest/SessionBindingFilter.java
 *   and admin/AdminServlet.java call getUsername() and getUserKey().
 * Status: CONFIRMED-11 (getUserKey, getUsername) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackUserService.java line 33 ({@code profile.map(UserProfile::getUserKey)}), slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/settings/SlackUserSettingsService.java
 *   line 145 ({@code userProfile.getUsername()}); getFullName and getEmail CONFIRMED-9 (SAL 5.1.4). The earlier jira-mcp-plugin evidence is a
 *   Jira 10.7.4 javax build (CONFIRMED-10 at most).
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
