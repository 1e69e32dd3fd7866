package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Global permission checks (Jira administrators, system administrators).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java
 *   ({@code globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, applicationUser)} and {@code ADMINISTER}).
 * Status: CONFIRMED-11
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
