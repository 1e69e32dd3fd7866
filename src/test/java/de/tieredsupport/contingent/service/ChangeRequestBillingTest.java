package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.berlin;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * Billing of change-request work through the ledger: work starting at or after the approval is billed on its own
 * line at its level's rate and does not consume the contingent. The seed contract: L2 720 min at 80.00/h.
 */
public class ChangeRequestBillingTest {

    private static final long PROJECT = 10_000L;
    private static final long TICKET = 7L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private InMemoryHost h;
    private Contract contract;

    @Before
    public void setUp() {
        h = InMemoryHost.at("2026-03-02T08:00");
        h.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .decisionMaker("Dana Decider", "dana@customer.example", "de").build());
        contract = h.ledger.contract(PROJECT);
        h.escalate(TICKET, SupportLevel.L2);
    }

    private void change(ContingentLedger.ChangeRequestWrite write) {
        ContingentLedger.ChangeRequestChange done = h.ledger.changeChangeRequest(contract, TICKET, write);
        h.ledger.dispatch(done.alerts(), h.sender);
    }

    private void prepareAndSubmit(long estimateMinutes) {
        ChangeRequest.Estimate estimate = ChangeRequest.Estimate.of("New export format", Minutes.of(estimateMinutes),
                SupportLevel.L3, RoundingPolicy.DEFAULT);
        change((cr, now) -> cr.prepare(estimate, "agent", now));
        change((cr, now) -> cr.submit("agent", now));
    }

    private void decide(boolean approve) {
        change((cr, now) -> cr.decide(approve, "Dana Decider", true, now, null));
    }

    private long usedL2(YearMonth month) {
        return h.ledger.status(contract, month).levels().get(SupportLevel.L2.ordinal()).usedMinutes().toLong();
    }

    private MonthResult report(YearMonth month) {
        return h.billingReport.report(ADMIN, PROJECT, month).result();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    public void workAfterTheApprovalIsBilledOutsideTheContingentOnTicketsThatAlreadyConsumedIt() {
        h.log(1, TICKET, PROJECT, "2026-03-03T09:00", 120 * 60);    // before any change request: support
        prepareAndSubmit(240);
        h.setTime("2026-03-10T12:00");
        decide(true);                                               // approved 10 March 12:00
        h.log(2, TICKET, PROJECT, "2026-03-11T09:00", 180 * 60);    // after approval: change-request work

        // the level keeps only the support work: 120 min of 720
        assertEquals(120, usedL2(MARCH));
        MonthResult march = report(MARCH);
        assertEquals(120, march.line(SupportLevel.L2).usedMinutes());
        // 120 min x 80.00 / 60 = 160.00 in the level line
        assertEquals(0, money("160.00").compareTo(march.line(SupportLevel.L2).figures().amount().amount()));
        // 180 min x 80.00 / 60 = 240.00 on the change-request line, at the level of the work (L2), not L3
        assertEquals(List.of(new MonthResult.ChangeRequestLine(TICKET, SupportLevel.L2,
                march.line(SupportLevel.L2).hourlyRate(), 180, march.changeRequests().get(0).amount())),
                march.changeRequests());
        assertEquals(0, money("240.00").compareTo(march.changeRequests().get(0).amount().amount()));
        // 160.00 + 240.00
        assertEquals(0, money("400.00").compareTo(march.totalAmount().amount()));
        // ticket totals carry the change-request minutes apart from the used ones
        assertEquals(List.of(new TicketTotal(TICKET, SupportLevel.L2, Minutes.of(120), Minutes.of(0), Minutes.of(180))),
                h.totals.findTickets(PROJECT, MARCH));
    }

    /**
     * A project without change requests keeps that with the current month's totals, so its bookings need not read
     * the ticket's change request; only where every change-request change holds the month's lock.
     */
    @Test
    public void onlyTheSurelyCurrentMonthKeepsThatTheProjectHasNoChangeRequest() {
        h.setTime("2026-03-01T00:30");                          // within the first hour of March
        h.log(1, TICKET, PROJECT, "2026-03-01T00:10", 600);
        assertTrue("not kept within the first hour", h.totals.findForUpdate(PROJECT, MARCH).changeRequests()
                .isEmpty());
        h.setTime("2026-03-02T09:00");
        h.log(2, TICKET, PROJECT, "2026-04-02T09:00", 600);    // logged ahead into April
        assertTrue("not kept for a future month", h.totals.findForUpdate(PROJECT, APRIL).changeRequests().isEmpty());
        h.log(3, TICKET, PROJECT, "2026-03-02T08:30", 600);
        assertEquals(java.util.Optional.of(false), h.totals.findForUpdate(PROJECT, MARCH).changeRequests());

        prepareAndSubmit(600);
        assertEquals("any change to a change request marks the month", java.util.Optional.of(true),
                h.totals.findForUpdate(PROJECT, MARCH).changeRequests());
        decide(true);
        h.setTime("2026-03-02T10:00");
        h.log(4, TICKET, PROJECT, "2026-03-02T09:30", 600);
        assertTrue(h.bookings.find(4).orElseThrow().isChangeRequestWork());
        h.log(5, TICKET, PROJECT, "2026-04-03T09:00", 600);
        assertTrue("April read the change request itself", h.bookings.find(5).orElseThrow().isChangeRequestWork());
    }

    @Test
    public void workLoggedLateWithAStartBeforeTheApprovalIsSupport() {
        prepareAndSubmit(240);
        h.setTime("2026-03-10T12:00");
        decide(true);
        h.setTime("2026-03-12T17:00");
        h.log(1, TICKET, PROJECT, "2026-03-09T10:00", 60 * 60);     // started before the approval
        h.log(2, TICKET, PROJECT, "2026-03-10T12:00", 30 * 60);     // started at the approval instant: CR work

        assertEquals(60, usedL2(MARCH));
        assertEquals(30, report(MARCH).changeRequests().get(0).minutes());
    }

    @Test
    public void aRevisedEstimateKeepsTheApprovalInForceUntilItIsRejected() {
        prepareAndSubmit(120);
        h.setTime("2026-03-10T12:00");
        decide(true);
        h.log(1, TICKET, PROJECT, "2026-03-11T09:00", 120 * 60);    // 120 of 120 min: the estimate is reached
        assertEquals(1, h.changeRequestNotifier.reached.size());
        assertEquals(120, h.changeRequestNotifier.reached.get(0).minutesToDate());
        assertEquals(List.of("it-lead@customer.example", "dana@customer.example"),
                h.changeRequestNotifier.reached.get(0).recipients());

        h.setTime("2026-03-12T09:00");
        prepareAndSubmit(300);                                      // round 2 waits for the decision
        h.log(2, TICKET, PROJECT, "2026-03-13T09:00", 60 * 60);     // still under round 1's approval
        assertEquals("the alert goes out once per round", 1, h.changeRequestNotifier.reached.size());

        h.setTime("2026-03-16T12:00");
        decide(false);                                              // the revision is rejected
        h.log(3, TICKET, PROJECT, "2026-03-17T09:00", 45 * 60);     // after the rejection: support again

        // CR work: 120 + 60 = 180 min; support: 45 min
        assertEquals(45, usedL2(MARCH));
        assertEquals(180, report(MARCH).changeRequests().get(0).minutes());
        assertEquals(180, h.ledger.changeRequestMinutesToDate(PROJECT, TICKET));
    }

    @Test
    public void aSecondApprovedRoundAlertsAgainWhenItsEstimateIsReached() {
        prepareAndSubmit(60);
        h.setTime("2026-03-10T12:00");
        decide(true);
        h.log(1, TICKET, PROJECT, "2026-03-11T09:00", 60 * 60);     // 60 of 60
        prepareAndSubmit(120);
        h.setTime("2026-03-12T12:00");
        decide(true);                                               // round 2: 120 min in force
        h.log(2, TICKET, PROJECT, "2026-03-13T09:00", 30 * 60);     // 90 of 120: no alert
        assertEquals(1, h.changeRequestNotifier.reached.size());
        h.log(3, TICKET, PROJECT, "2026-03-13T11:00", 30 * 60);     // 120 of 120
        assertEquals(2, h.changeRequestNotifier.reached.size());
        assertEquals(2, h.changeRequestNotifier.reached.get(1).round());
    }

    @Test
    public void anApprovalMovesFutureDatedWorkIntoTheChangeRequest() {
        h.setTime("2026-03-10T11:00");
        h.log(1, TICKET, PROJECT, "2026-03-20T09:00", 60 * 60);     // logged ahead of time
        assertEquals(60, usedL2(MARCH));
        prepareAndSubmit(240);
        h.setTime("2026-03-10T12:00");
        decide(true);

        assertEquals(0, usedL2(MARCH));
        Booking moved = h.bookings.find(1).orElseThrow();
        assertTrue(moved.isChangeRequestWork());
        assertFalse(moved.consumesContingent());
        assertEquals(60, report(MARCH).changeRequests().get(0).minutes());
    }

    @Test
    public void aLateChangeRequestWorklogInAClosedMonthBecomesAnAdjustment() {
        prepareAndSubmit(240);
        h.setTime("2026-03-10T12:00");
        decide(true);
        h.log(1, TICKET, PROJECT, "2026-03-11T09:00", 60 * 60);
        h.setTime("2026-04-01T08:00");
        h.closeMonth.close(ADMIN, PROJECT, MARCH);
        MonthResult frozen = h.billingReport.report(ADMIN, PROJECT, MARCH).result();
        assertEquals(60, frozen.changeRequests().get(0).minutes());

        h.setTime("2026-04-02T10:00");
        h.log(2, TICKET, PROJECT, "2026-03-25T09:00", 45 * 60);     // late, in closed March

        // March stays frozen at 60 min; April reports the difference: +45 min x 80.00 / 60 = +60.00
        assertEquals(frozen, h.billingReport.report(ADMIN, PROJECT, MARCH).result());
        List<Adjustment> adjustments = h.billingReport.report(ADMIN, PROJECT, APRIL).adjustments();
        assertEquals(1, adjustments.size());
        Adjustment adjustment = adjustments.get(0);
        assertEquals(MARCH, adjustment.closedMonth());
        assertEquals(1, adjustment.changeRequests().size());
        assertEquals(45, adjustment.changeRequests().get(0).minutes());
        assertEquals(0, money("60.00").compareTo(adjustment.changeRequests().get(0).amount().amount()));
        assertEquals(0, money("60.00").compareTo(adjustment.totalAmount().amount()));
        assertTrue("the level lines did not change", adjustment.tickets().isEmpty());
    }

    @Test
    public void aChangeRequestNeverApprovedBillsEverythingAsSupport() {
        prepareAndSubmit(240);
        h.setTime("2026-03-10T12:00");
        decide(false);
        h.log(1, TICKET, PROJECT, "2026-03-11T09:00", 60 * 60);
        assertEquals(60, usedL2(MARCH));
        assertTrue(report(MARCH).changeRequests().isEmpty());
    }
}
