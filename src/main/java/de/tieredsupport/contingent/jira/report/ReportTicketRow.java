package de.tieredsupport.contingent.jira.report;

/**
 * Part of the billing report's text-only model (see {@link BillingReportModel}); templates call only its
 * accessors, which the descriptor's velocity-allowlist lists.
 *
 * @param summary the summary, or for an issue the reader may not browse a note saying so
 * @param restricted whether the reader may not browse the issue (its key only is shown, without a link)
 * @param url the page in Jira ({@code <context path>/browse/KEY}), or null when the issue is not known or
 *        the reader may not browse it (the row then links nowhere)
 */
public record ReportTicketRow(String key, String summary, boolean restricted, String inContingent, String overage,
        String suspended, String billed, String amount, String url) {
}
