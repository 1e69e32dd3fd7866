package com.atlassian.jira.plugin;

import java.util.Map;

/**
 * A Jira module descriptor with Velocity resources; the report renders its "view" and "excel" resources through
 * {@link #getHtml(String, Map)} (Jira adds {@code $i18n} and its standard context). The real interface extends
 * {@code com.atlassian.plugin.ModuleDescriptor<T>}, not needed here.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/JiraResourcedModuleDescriptor.java
 *   ({@code String getHtml(String resourceName, Map<String, ?> startingParams)}); the report module guide
 *   https://developer.atlassian.com/server/jira/platform/report (updated 2026) still defines the "view" and "excel" Velocity resources
 *   that reports render this way.
 * Status: CONFIRMED-9 (6.3 source; continuity to 11 inferred — no Jakarta type)
 */
public interface JiraResourcedModuleDescriptor<T> {

    String getHtml(String resourceName, Map<String, ?> startingParams);
}
