package com.atlassian.jira.issue;

import java.util.List;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Lookup of custom fields; the plugin finds its Support Level field(s) by field type key.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
 *   (getCustomFieldObject(String), getCustomFieldObjects(), getCustomFieldObjects(Issue)); return types from Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/CustomFieldManager.java.
 * Status: CONFIRMED-11
 */
public interface CustomFieldManager {

    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();

    List<CustomField> getCustomFieldObjects(Issue issue);
}
