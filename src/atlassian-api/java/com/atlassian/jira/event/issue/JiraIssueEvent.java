package com.atlassian.jira.event.issue;

/**
 * The element type of {@link IssueEventBundle#getEvents()}: "objects that can be put into an IssueEventBundle"
 * (6.3 javadoc, {@code @ExperimentalApi}, since 6.3.10). A marker interface without members; the plugin only tests
 * elements with {@code instanceof DelegatingJiraIssueEvent}.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/JiraIssueEvent.java
 *   ({@code @ExperimentalApi public interface JiraIssueEvent {}}); Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc
 *   (master 2026-01-31, jira-api 11.0.0, platform-public-api 8.0.0)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
 *   lines 87-93 ({@code for (JiraIssueEvent event : eventBundle.getEvents())}, {@code event instanceof DelegatingJiraIssueEvent}).
 * Status: CONFIRMED-11
 */
public interface JiraIssueEvent {
}
