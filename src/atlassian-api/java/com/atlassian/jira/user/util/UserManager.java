package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's user manager (not SAL's {@code com.atlassian.sal.api.user.UserManager}).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java
 *   ({@code ApplicationUser user = userManager.getUserByKey(key)}).
 * Status: CONFIRMED-11
 */
public interface UserManager {

    /** Null when no user has this key. */
    ApplicationUser getUserByKey(String userKey);
}
