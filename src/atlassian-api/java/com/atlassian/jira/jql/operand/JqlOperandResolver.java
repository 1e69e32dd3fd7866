package com.atlassian.jira.jql.operand;

/**
 * Jira's JQL operand resolver; declared only as the first constructor parameter of {@code ExactTextSearcher} (an
 * {@code @ComponentImport} of the plugin's searcher). No member is declared.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/operand/JqlOperandResolver.java
 *   ({@code public interface JqlOperandResolver}); Jira 11: alanmosely/jira-watcher-field-plugin 3.0.0-rc1/rc2 (jakarta, "Jira Data Center 11
 *   compatibility (Platform 8)", CHANGELOG.md@2aa86f1) src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java
 *   ({@code @ComponentImport JqlOperandResolver jqlOperandResolver} constructor parameter, passed to {@code ExactTextSearcher}, later to
 *   {@code UserPickerGroupSearcher}).
 * Status: CONFIRMED-11 (package, name, importable as an OSGi service); kind CONFIRMED-9
 */
public interface JqlOperandResolver {
}
