package com.atlassian.jira.event.issue;

/**
 * A bundle element that offers a view of itself as an {@link IssueEvent}; Jira's bundle factory wraps every
 * IssueEvent of an operation (worklog created/updated/deleted included) in one of these. {@code asIssueEvent()} is
 * {@code @Nonnull} in Jira (the annotation is left out). One abstract method, so tests may implement it as a lambda.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/DelegatingJiraIssueEvent.java
 *   ({@code @ExperimentalApi public interface DelegatingJiraIssueEvent extends JiraIssueEvent { @Nonnull IssueEvent asIssueEvent(); }},
 *   since 6.3.10) and jira-core DefaultIssueEventBundleFactory ({@code private static class IssueEventWrapper implements DelegatingJiraIssueEvent});
 *   Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
 *   lines 88-93 ({@code final IssueEvent issueEvent = ((DelegatingJiraIssueEvent) event).asIssueEvent();}).
 * Status: CONFIRMED-11
 */
public interface DelegatingJiraIssueEvent extends JiraIssueEvent {

    IssueEvent asIssueEvent();
}
