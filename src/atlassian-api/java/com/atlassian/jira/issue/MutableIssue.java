package com.atlassian.jira.issue;

/**
 * Return type of {@code IssueManager.getIssueObject(..)}; declared because the return type is part of the method
 * descriptor. The plugin changes no issue fields, so no setter is declared.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerAction.java
 *   ({@code MutableIssue issue = issueManager.getIssueObject(issueKey)}); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/MutableIssue.java ({@code extends Issue}).
 * Status: CONFIRMED-11
 */
public interface MutableIssue extends Issue {
}
