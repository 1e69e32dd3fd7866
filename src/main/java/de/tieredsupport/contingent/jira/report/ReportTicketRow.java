package de.tieredsupport.contingent.jira.report;

/**
 * Part of the billing report's text-only model (see {@link BillingReportModel}); templates call only its
 * accessors, which the descriptor's velocity-allowlist lists.
 *
 * @param url the page in Jira ({@code <context path>/browse/KEY}), or null when the issue is not known
 *        (the row then names it by id and links nowhere)
 */
public record ReportTicketRow(String key, String summary, String inContingent, String overage, String suspended,
        String billed, String amount, String url) {
}
