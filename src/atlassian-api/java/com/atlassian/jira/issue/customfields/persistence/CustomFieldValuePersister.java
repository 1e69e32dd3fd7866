package com.atlassian.jira.issue.customfields.persistence;

/**
 * Jira's storage of custom field values; only passed to the {@code AbstractSingleFieldType} constructor (the plugin
 * calls nothing on it, so no member is declared).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.java
 *   ({@code public interface}); https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html (7.x);
 *   injected with @ComponentImport/@JiraImport into field types by public 8/9-era plugins (e.g. Ivanshelemeh/atlasrepo:
 *   src/main/java/com/atlassian/shele/shelePlugin/customfield/SimpleCustomField.java).
 * Status: CONFIRMED-11 (type, package, OSGi-importable) — alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10") WatcherFieldType.java ({@code @ComponentImport CustomFieldValuePersister});
 *   kind CONFIRMED-9 (6.3 source, 7.x javadoc)
 */
public interface CustomFieldValuePersister {
}
