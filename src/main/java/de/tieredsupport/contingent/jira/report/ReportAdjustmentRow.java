package de.tieredsupport.contingent.jira.report;

/**
 * Part of the billing report's text-only model (see {@link BillingReportModel}); templates call only its
 * accessors, which the descriptor's velocity-allowlist lists.
 */
public record ReportAdjustmentRow(String month, String level, String billed, String amount) {
}
