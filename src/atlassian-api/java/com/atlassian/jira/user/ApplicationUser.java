package com.atlassian.jira.user;

/**
 * A Jira user. The key is the stable identifier (stored in bookings and audit rows); the username can change.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd: getKey() (rest/SessionResource.java),
 *   getDisplayName() (rest/mapper/SessionEntityMapper.java), getUsername() (action/ScrumPokerProjectConfigurationAction.java);
 *   https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (getEmailAddress()).
 * Status: CONFIRMED-11 (getKey, getUsername, getDisplayName); getEmailAddress CONFIRMED-9 (7.0.0 javadoc)
 */
public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getDisplayName();

    String getEmailAddress();
}
