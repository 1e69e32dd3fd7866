package com.atlassian.jira.issue.customfields.searchers.transformer;

/**
 * Helper for building search clauses of custom fields; declared only as the second constructor parameter of
 * {@code ExactTextSearcher} (an {@code @ComponentImport} of the plugin's searcher). No member is declared.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/searchers/transformer/CustomFieldInputHelper.java
 *   ({@code public interface CustomFieldInputHelper}, since 4.0); Jira 11: alanmosely/jira-watcher-field-plugin 3.0.0-rc1/rc2 (jakarta,
 *   CHANGELOG.md@2aa86f1) src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java
 *   ({@code @ComponentImport CustomFieldInputHelper customFieldInputHelper}).
 * Status: CONFIRMED-11 (package, name, importable as an OSGi service); kind CONFIRMED-9
 */
public interface CustomFieldInputHelper {
}
