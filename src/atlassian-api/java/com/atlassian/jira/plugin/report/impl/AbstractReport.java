package com.atlassian.jira.plugin.report.impl;

import java.util.Map;

import com.atlassian.jira.plugin.report.Report;
import com.atlassian.jira.plugin.report.ReportModuleDescriptor;
import com.atlassian.jira.web.action.ProjectActionSupport;

/**
 * Convenience base class of reports. The plugin's report extends it (implicit {@code super()}), overrides
 * {@code validate}, {@code generateReportHtml}, {@code isExcelViewSupported} and {@code generateReportExcel}, and renders
 * through the protected {@link #descriptor} field (a {@code getfield} of name and type, so both must match).
 * Because the plugin extends this class, the inherited members keep their evidenced trivial behaviour here
 * (init stores the descriptor, validate does nothing, no Excel view, shown) so the subclass can be tested; at run time
 * Jira's implementation is used.
 *
 * Evidence: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/report/impl/AbstractReport.html (7.x: {@code @PublicSpi public
 *   abstract class AbstractReport implements Report}, {@code protected ReportModuleDescriptor descriptor}, public no-argument constructor);
 *   Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/report/impl/AbstractReport.java
 *   (same, and the default behaviour); https://developer.atlassian.com/server/jira/platform/report (DC guide, updated Feb 2026, recommends
 *   extending it).
 * Status: CONFIRMED-9 (6.3 source, 7.x javadoc; no Jira 10/11 subclass found — INFERRED unchanged; Jira 11.0 EAP listed
 *   "Reports pages aren't working" as a known issue, so test the report module on 11.3 early)
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractReport implements Report {

    protected ReportModuleDescriptor descriptor;

    public AbstractReport() {
    }

    @Override
    public void init(ReportModuleDescriptor reportModuleDescriptor) {
        this.descriptor = reportModuleDescriptor;
    }

    @Override
    public void validate(ProjectActionSupport action, Map params) {
    }

    @Override
    public boolean isExcelViewSupported() {
        return false;
    }

    @Override
    public String generateReportExcel(ProjectActionSupport action, Map params) throws Exception {
        throw new UnsupportedOperationException("Excel view not supported");
    }

    @Override
    public boolean showReport() {
        return true;
    }
}
