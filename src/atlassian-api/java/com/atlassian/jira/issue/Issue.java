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
 * Status: CONFIRMED-11 (getKey, getSummary, getCustomFieldValue); getId, getProjectObject, getProjectId, getUpdated CONFIRMED-9 (6.3 source)
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
