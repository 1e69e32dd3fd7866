package com.atlassian.jira.plugin.report;

import java.util.Map;

import com.atlassian.jira.web.action.ProjectActionSupport;

/**
 * A pluggable report (Project → Reports). The plugin extends {@code AbstractReport}; the raw {@code Map} parameters
 * hold the report's configured properties as Strings (plus {@code selectedProjectId}).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/report/Report.java
 *   ({@code @PublicSpi public interface Report}, the six members below); https://developer.atlassian.com/server/jira/platform/report
 *   (Data Center module page, updated Feb 2026: "The class must implement com.atlassian.jira.plugin.report.Report ... extend
 *   ... AbstractReport").
 * Status: CONFIRMED-9 (6.3 source; the module and class names are current in the DC guide; signatures INFERRED unchanged
 *   in 11 — only ProjectActionSupport's inherited request accessors became Jakarta-typed)
 */
@SuppressWarnings("rawtypes")
public interface Report {

    void init(ReportModuleDescriptor reportModuleDescriptor);

    void validate(ProjectActionSupport action, Map params);

    String generateReportHtml(ProjectActionSupport action, Map params) throws Exception;

    boolean isExcelViewSupported();

    String generateReportExcel(ProjectActionSupport action, Map params) throws Exception;

    boolean showReport();
}
