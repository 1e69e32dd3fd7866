package com.atlassian.jira.issue.customfields.manager;

/**
 * Jira's generic configuration store (default values of fields); only passed to the {@code AbstractSingleFieldType}
 * constructor, so no member is declared.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.java
 *   ({@code public interface}); injected into field types by public 8/9-era plugins (e.g. Ivanshelemeh/atlasrepo:
 *   src/main/java/com/atlassian/shele/shelePlugin/customfield/SimpleCustomField.java).
 * Status: CONFIRMED-9 (6.3 source; continuity to 11 inferred)
 */
public interface GenericConfigManager {
}
