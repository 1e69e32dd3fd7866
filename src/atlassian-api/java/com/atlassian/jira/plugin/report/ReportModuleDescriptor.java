package com.atlassian.jira.plugin.report;

import com.atlassian.jira.plugin.JiraResourcedModuleDescriptor;

/**
 * The descriptor of a report module, handed to {@code Report.init}; used for {@code getHtml("view", params)}.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/report/ReportModuleDescriptor.java
 *   ({@code public interface ReportModuleDescriptor extends JiraResourcedModuleDescriptor<Report>, ConfigurableModuleDescriptor});
 *   https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/report/impl/AbstractReport.html (7.x, field type of {@code descriptor}).
 * Status: CONFIRMED-9 (6.3 source, 7.x javadoc; continuity to 11 inferred)
 */
public interface ReportModuleDescriptor extends JiraResourcedModuleDescriptor<Report> {
}
