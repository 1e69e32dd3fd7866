package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/** Puts a ticket's change request into a state through the ledger's one write path, for tests of other surfaces. */
public final class ChangeRequestFixture {

    private ChangeRequestFixture() {
    }

    /** Prepares, submits and approves (by the decision maker {@code by}, through a link) at the host's time. */
    public static void approve(InMemoryHost host, long projectId, long issueId, String scope, long estimateMinutes,
            SupportLevel level, String by) {
        approve(host.ledger, projectId, issueId, scope, estimateMinutes, level, by);
    }

    /** {@link #approve(InMemoryHost, long, long, String, long, SupportLevel, String)} over any ledger. */
    public static void approve(ContingentLedger ledger, long projectId, long issueId, String scope,
            long estimateMinutes, SupportLevel level, String by) {
        var contract = ledger.contract(projectId);
        ChangeRequest.Estimate estimate = ChangeRequest.Estimate.of(scope, Minutes.of(estimateMinutes), level,
                RoundingPolicy.DEFAULT);
        ledger.changeChangeRequest(contract, issueId, (cr, now) -> cr.prepare(estimate, "agent", now));
        ledger.changeChangeRequest(contract, issueId, (cr, now) -> cr.submit("agent", now));
        ledger.changeChangeRequest(contract, issueId, (cr, now) -> cr.decide(true, by, true, now, null));
    }
}
