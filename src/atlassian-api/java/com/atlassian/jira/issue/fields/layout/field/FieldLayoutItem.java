package com.atlassian.jira.issue.fields.layout.field;

/**
 * A field's placement in a field layout; declared only because it is a parameter of
 * {@code getVelocityParameters(Issue, CustomField, FieldLayoutItem)}. No member is called.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd imports com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem
 *   (src/main/java/de/codescape/jira/plugins/scrumpoker/service/AdditionalFieldServiceImpl.java); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.java
 *   ({@code public interface}).
 * Status: CONFIRMED-11
 */
public interface FieldLayoutItem {
}
