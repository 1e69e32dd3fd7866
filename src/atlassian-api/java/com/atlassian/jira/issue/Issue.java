package com.atlassian.jira.issue;

import java.sql.Timestamp;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;

/**
 * A Jira issue (read side, subset). The real interface has more super-interfaces (OfBizValueWrapper, IssueContext,
 * WithKey); they are not needed to call the members below.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd: getKey(), getSummary()
 *   (src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionReferenceMapper.java),
 *   getCustomFieldValue(CustomField) (action/ScrumPokerAction.java); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java
 *   for getId(), getProjectObject(), getProjectId(), getUpdated() (java.sql.Timestamp).
 * Status: CONFIRMED-11 (all seven members) — jira-scrum-poker (above) and atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java lines 114ff.:
 *   an anonymous {@code new Issue() { ... }} implementing every abstract method of jira-api 11.0.0's Issue, among them
 *   {@code Long getId()}, {@code Project getProjectObject()}, {@code Long getProjectId()}, {@code String getSummary()}, {@code String getKey()},
 *   {@code Timestamp getUpdated()}, {@code Object getCustomFieldValue(CustomField)}. That Issue extends WithId: CONFIRMED-9 (6.3 source).
 */
public interface Issue extends WithId {

    @Override
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    Long getProjectId();

    /** The raw value of the custom field on this issue (for the Support Level field: the stored level code). */
    Object getCustomFieldValue(CustomField customField);

    /** Last update of the issue; Jira sets it when a worklog is created, updated or deleted. */
    Timestamp getUpdated();
}
