package de.tieredsupport.contingent.jira.report;

/**
 * One change request in the billing report's text-only model (see {@link BillingReportModel}); templates call only
 * its accessors, which the descriptor's velocity-allowlist lists.
 *
 * @param summary the summary, or for an issue the reader may not browse a note saying so
 * @param url the page in Jira, or null when the issue is not known or the reader may not browse it
 * @param estimate the approved estimate in force, empty when a rejected revision ended the approval
 * @param approval when and by whom it was approved (and whether through a decision link), or why it ended
 * @param work this month's minutes per level of the work, e.g. "2nd level 3:00, 3rd level 1:30"
 * @param percent work to date as a share of the approved estimate, e.g. "75 %", or empty without one
 */
public record ReportChangeRequestRow(String key, String summary, boolean restricted, String url, String estimate,
        String approval, String work, String thisMonth, String toDate, String percent, String amount) {
}
