package de.tieredsupport.contingent.jira.report;

import java.util.List;

/**
 * Part of the billing report's text-only model (see {@link BillingReportModel}); templates call only its
 * accessors, which the descriptor's velocity-allowlist lists.
 */
public record ReportLevelRow(String key, String label, String contingent, String topUps, String carryIn, String available,
        String used, String inContingent, String overage, String suspended, String billed, String rate,
        String amount, String carryOut, List<ReportTicketRow> tickets) {
    public ReportLevelRow {
        tickets = List.copyOf(tickets);
    }

    public boolean hasTickets() {
        return !tickets.isEmpty();
    }
}
