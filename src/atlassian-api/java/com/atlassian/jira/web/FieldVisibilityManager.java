package com.atlassian.jira.web;

/**
 * Field visibility per project/issue type; declared only as the third constructor parameter of
 * {@code ExactTextSearcher} (an {@code @ComponentImport} of the plugin's searcher). No member is declared.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/FieldVisibilityManager.java
 *   ({@code public interface FieldVisibilityManager}: "an interface ... so it can proxied to the plugins"); Jira 11:
 *   alanmosely/jira-watcher-field-plugin 3.0.0-rc1..rc3 (jakarta, CHANGELOG.md@2aa86f1) WatcherSearcher.java and
 *   src/main/java/com/burningcode/jira/issue/customfields/impl/WatcherFieldType.java ({@code @ComponentImport FieldVisibilityManager}).
 * Status: CONFIRMED-11 (package, name, importable as an OSGi service); kind CONFIRMED-9
 */
public interface FieldVisibilityManager {
}
