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
 * Status: CONFIRMED-11 (getId, getCustomFieldType); getIdAsLong and getValue CONFIRMED-9 (6.3 source)
 */
public interface CustomField {

    String getId();

    Long getIdAsLong();

    /** The field's value on the issue, as the field type's transport object. */
    Object getValue(Issue issue);

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}
