package com.atlassian.sal.api.user;

/**
 * SAL's read-only view of a user.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/user/UserProfile.java);
 *   Jira 11.3.6 plugin mrkhachaturov/jira-mcp-plugin (jakarta rebuild) src/main/java/com/atlassian/mcp/plugin/rest/SessionBindingFilter.java
 *   and admin/AdminServlet.java call getUsername() and getUserKey().
 * Status: CONFIRMED-11 (getUserKey, getUsername); getFullName and getEmail CONFIRMED-9 (SAL 5.1.4)
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
