package com.atlassian.jira.issue.comments;

/**
 * A Jira issue comment; declared only as a parameter type of the {@code IssueEvent} constructor (the sandbox passes
 * {@code null}). No member is declared; the real interface extends {@code WithId} and has the author/body/level
 * getters (left out).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/comments/Comment.java
 *   ({@code @PublicApi public interface Comment extends WithId}); Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc
 *   (jira-api 11.0.0) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java
 *   ({@code import com.atlassian.jira.issue.comments.Comment}; {@code Optional.ofNullable(issueEvent.getComment())} into {@code Optional<Comment>}).
 * Status: CONFIRMED-11 (package, name, kind)
 */
public interface Comment {
}
