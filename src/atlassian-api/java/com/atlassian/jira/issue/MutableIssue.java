package com.atlassian.jira.issue;

/**
 * Return type of {@code IssueManager.getIssueObject(..)}; declared because the return type is part of the method
 * descriptor. The one setter declared is the custom field value the Request category field is written with.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerAction.java
 *   ({@code MutableIssue issue = issueManager.getIssueObject(issueKey)}); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/MutableIssue.java ({@code extends Issue}).
 *   setCustomFieldValue(CustomField, Object): Jira 6.3.15 source (same mirror) jira-api MutableIssue.java
 *   ({@code void setCustomFieldValue(CustomField customField, Object value)}: "Sets a custom field value on this Issue
 *   Object, but does not write it to the database"); jira-core IssueImpl there records it as a ModifiedValue that
 *   IssueManager.updateIssue then stores with a change item; odinson8/jiraspring2pluginTemplate
 *   src/main/java/com/veniture/util/functions.java ({@code issue.setCustomFieldValue(customField, value)} followed by
 *   {@code updateIssue(user, issue, EventDispatchOption.ISSUE_UPDATED, false)}).
 * Status: CONFIRMED-11 (the type); setCustomFieldValue CONFIRMED-9 (6.3 source, plugins since)
 */
public interface MutableIssue extends Issue {

    /** Sets the value in this object only; {@code IssueManager.updateIssue} stores it with a change history item. */
    void setCustomFieldValue(com.atlassian.jira.issue.fields.CustomField customField, Object value);
}
