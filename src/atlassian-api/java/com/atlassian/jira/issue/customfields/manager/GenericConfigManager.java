package com.atlassian.jira.issue.customfields.manager;

/**
 * Jira's generic configuration store (default values of fields); only passed to the {@code AbstractSingleFieldType}
 * constructor, so no member is declared.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.java
 *   ({@code public interface}); injected into field types by public 8/9-era plugins (e.g. Ivanshelemeh/atlasrepo:
 *   src/main/java/com/atlassian/shele/shelePlugin/customfield/SimpleCustomField.java).
 * Status: CONFIRMED-11 (type, package, OSGi-importable) — alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10") WatcherFieldType.java ({@code @ComponentImport GenericConfigManager}
 *   constructor parameter passed to the MultiUserCFType super constructor); kind CONFIRMED-9 (6.3 source)
 */
public interface GenericConfigManager {
}
