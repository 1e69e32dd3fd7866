package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * A configured custom field (subset). {@code getId()} is the string id ("customfield_10100"),
 * {@code getIdAsLong()} the number. The real interface extends many field interfaces; calls resolve through them.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd: getId() (src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerHealthCheckAction.java),
 *   getCustomFieldType() then getKey() (service/EstimateFieldServiceImpl.java); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/CustomField.java (getIdAsLong(), getValue(Issue)).
 * Status: CONFIRMED-11 (getId, getCustomFieldType, getValue(Issue)) — jira-scrum-poker (above); atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraPostFunctionEventRenderer.java lines 134, 183 ({@code field.getId()}, {@code field.getValue(issue)});
 *   getIdAsLong CONFIRMED-9 (6.3 source)
 */
public interface CustomField {

    String getId();

    Long getIdAsLong();

    /** The field's value on the issue, as the field type's transport object. */
    Object getValue(Issue issue);

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}
