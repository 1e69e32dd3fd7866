package com.atlassian.jira.event.issue;

import java.util.Collection;

/**
 * "A list of changes that have been applied to an issue at once" ({@code @ExperimentalApi}, since 6.3.10). Jira's
 * {@code IssueEventManager.dispatchEvent(IssueEventBundle)} publishes "one event for the bundle itself, and one per
 * event contained in the bundle"; for a worklog change Jira additionally publishes the plain {@link IssueEvent}
 * (marked redundant, which only Jira's mail handler reads) — see docs/atlassian-api.md, "Evidence on Jira 11".
 * Declared: {@code getEvents()} only. Left out: {@code boolean doesSendEmailNotification()} (the real name — not
 * used, and a second abstract member would break lambda/anonymous implementations in tests).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/IssueEventBundle.java
 *   ({@code public interface IssueEventBundle { Collection<JiraIssueEvent> getEvents(); boolean doesSendEmailNotification(); }}),
 *   .../event/issue/IssueEventManager.java (dispatchEvent(IssueEventBundle) javadoc, since 6.3.8; the other dispatch methods deprecated
 *   since 6.4.10), https://docs.atlassian.com/jira/7.1.0/com/atlassian/jira/event/issue/IssueEventManager.html (same in 7.1);
 *   Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
 *   lines 83-87 ({@code @EventListener public void issueEvent(@Nonnull final IssueEventBundle eventBundle)}, {@code eventBundle.getEvents()}),
 *   its test DefaultJiraSlackEventListenerTest.java lines 120, 175 ({@code when(issueEventBundle.getEvents()).thenReturn(Collections.singletonList(..))},
 *   which compiles only against a non-wildcard element type).
 * Status: CONFIRMED-11 (type, getEvents; the exact return type Collection<JiraIssueEvent> is from the 6.3 source)
 */
public interface IssueEventBundle {

    Collection<JiraIssueEvent> getEvents();
}
