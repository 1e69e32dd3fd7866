package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class MonthCloseTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-03");
    }

    private void expectConflict(String code, Runnable action) {
        try {
            action.run();
            fail("expected conflict " + code);
        } catch (ConflictException e) {
            assertEquals(code, e.code());
        }
    }

    //-----------------------------------------------------------------------
    // when a month may be closed
    //-----------------------------------------------------------------------
    @Test
    public void shouldCloseOnlyAfterTheMonthEnded() {
        host.setTime("2026-03-31T23:59:59");
        expectConflict("month.notEnded", () -> host.closeMonth.close(ADMIN, PROJECT, MARCH));
        host.setTime("2026-04-01T00:00:00");
        MonthClose close = host.closeMonth.close(ADMIN, PROJECT, MARCH);
        assertEquals(MARCH, close.month());
        assertEquals(ADMIN, close.closedBy());
        assertEquals(AuditEntry.Action.CLOSE_MONTH, host.audit.entries().get(1).action());
    }

    @Test
    public void shouldNotCloseTwiceNorOutOfOrder() {
        host.setTime("2026-06-01T09:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        expectConflict("month.alreadyClosed", () -> host.closeMonth.close(ADMIN, PROJECT, MARCH));
        expectConflict("month.outOfOrder", () -> host.closeMonth.close(ADMIN, PROJECT, MAY));
        host.closeMonth.close(ADMIN, PROJECT, APRIL);
        host.closeMonth.close(ADMIN, PROJECT, MAY);
    }

    @Test
    public void theFirstMonthToCloseIsTheContractsFirstMonth() {
        // nothing closed yet: a later month may not be closed before the contract's first one (its carry-out and any
        // late worklog of it would otherwise change a month that the closed later one already froze)
        host.setTime("2026-06-01T09:00");
        try {
            host.closeMonth.close(ADMIN, PROJECT, APRIL);
            fail("April closed before March");
        } catch (ConflictException e) {
            assertEquals("month.outOfOrder", e.code());
            assertTrue(e.getMessage(), e.getMessage().contains("2026-03"));
        }
        assertTrue(host.closes.findLatestLevels(PROJECT).isEmpty());
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.closeMonth.close(ADMIN, PROJECT, APRIL);
    }

    @Test
    public void theMonthToCloseNextIsTheOneAfterTheLatestClosedOrTheFirst() {
        host.setTime("2026-06-01T09:00");
        assertEquals(java.util.Optional.of(MARCH), host.closeMonth.nextToClose(PROJECT));
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        assertEquals(java.util.Optional.of(APRIL), host.closeMonth.nextToClose(PROJECT));
        host.closeMonth.close(ADMIN, PROJECT, APRIL);
        host.closeMonth.close(ADMIN, PROJECT, MAY);
        // June has not ended
        assertEquals(java.util.Optional.empty(), host.closeMonth.nextToClose(PROJECT));
    }

    @Test(expected = NotFoundException.class)
    public void shouldNotCloseAMonthWithoutTerms() {
        host.closeMonth.close(ADMIN, PROJECT, YearMonth.of(2026, 2));
    }

    @Test
    public void shouldRejectTermsTakingEffectInAClosedMonth() {
        host.setTime("2026-04-02T09:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        try {
            host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").build());
            fail();
        } catch (ValidationException e) {
            assertEquals("effectiveMonth", e.violations().get(0).field());
            assertEquals("terms.effectiveMonthClosed", e.violations().get(0).code());
        }
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04").build());
    }

    //-----------------------------------------------------------------------
    // snapshot and adjustments
    //-----------------------------------------------------------------------
    @Test
    public void shouldFreezeTheSnapshotAndReportLaterChangesAsAdjustments() {
        host.log(1, 11, PROJECT, "2026-03-02T09:00", 3600);            // 60 min
        host.log(2, 12, PROJECT, "2026-03-03T09:00", 1800);            // 30 min
        host.setTime("2026-04-01T08:00");
        MonthClose close = host.closeMonth.close(ADMIN, PROJECT, MARCH);
        MonthResult frozen = close.result();
        assertEquals(eur("105.00"), frozen.totalAmount());              // 90 min at 70

        // late changes to March: a late log, an edit, a deletion
        host.log(3, 13, PROJECT, "2026-03-31T17:00", 600);             // +10 min
        host.edit(1, 11, PROJECT, "2026-03-02T09:00", 4500);            // 60 -> 75 min
        host.delete(2);                                                 // -30 min

        BillingReportView march = host.billingReport.report(ADMIN, PROJECT, MARCH);
        assertTrue(march.closed());
        assertEquals(frozen, march.result());

        BillingReportView april = host.billingReport.report(ADMIN, PROJECT, APRIL);
        assertEquals(1, april.adjustments().size());
        Adjustment a = april.adjustments().get(0);
        assertEquals(MARCH, a.closedMonth());
        assertEquals(APRIL, a.reportedIn());
        // now 85 min = 99.17; settled 105.00 -> -5.83
        assertEquals(new Figures(-5, 0, 0, -5, eur("-5.83")), a.level(L1));
        assertEquals(List.of(11L, 12L, 13L), a.tickets().stream().map(MonthResult.TicketLine::issueId).toList());
        assertEquals(eur("-5.83"), april.adjustmentsTotal());
        assertEquals(eur("-5.83"), april.invoiceTotal());
        // only the next open month carries them
        assertEquals(List.of(), host.billingReport.report(ADMIN, PROJECT, MAY).adjustments());
    }

    @Test
    public void shouldSettleAdjustmentsWhenTheNextMonthCloses() {
        host.log(1, 11, PROJECT, "2026-03-02T09:00", 3600);
        host.setTime("2026-04-01T08:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.log(2, 12, PROJECT, "2026-03-31T17:00", 600);             // late: +10 min = +11.67
        host.setTime("2026-05-01T08:00");
        MonthClose aprilClose = host.closeMonth.close(ADMIN, PROJECT, APRIL);

        assertEquals(1, aprilClose.settledAdjustments().size());
        assertEquals(eur("11.67"), aprilClose.settledAdjustments().get(0).totalAmount());
        // the April report now shows the settled adjustment, May has nothing pending
        assertEquals(aprilClose.settledAdjustments(), host.billingReport.report(ADMIN, PROJECT, APRIL).adjustments());
        assertEquals(List.of(), host.billingReport.report(ADMIN, PROJECT, MAY).adjustments());

        // another late log into March: only the new difference is due in May
        host.log(3, 13, PROJECT, "2026-03-30T17:00", 300);             // 75 min = 87.50; settled 70 + 11.67
        List<Adjustment> may = host.billingReport.report(ADMIN, PROJECT, MAY).adjustments();
        assertEquals(1, may.size());
        assertEquals(eur("5.83"), may.get(0).totalAmount());
        assertFalse(host.billingReport.report(ADMIN, PROJECT, MARCH).result().issueIds().contains(13L));
    }

    @Test
    public void aSettledMonthIsNotRecomputedByLaterReports() {
        host.log(1, 11, PROJECT, "2026-03-02T09:00", 3600);
        host.setTime("2026-04-01T08:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.log(2, 12, PROJECT, "2026-03-31T17:00", 600);             // changes closed March
        assertEquals(List.of(MARCH), host.closes.findChangedMonths(PROJECT));
        host.setTime("2026-05-01T08:00");
        host.closeMonth.close(ADMIN, PROJECT, APRIL);                    // settles March's adjustment

        assertEquals("nothing pending once settled", List.of(), host.closes.findChangedMonths(PROJECT));
        host.bookings.forgetReads();
        assertEquals(List.of(), host.billingReport.report(ADMIN, PROJECT, MAY).adjustments());
        // neither settled March nor May itself is read booking by booking: May comes from its ticket totals
        assertEquals("no month read in full", List.of(), host.bookings.monthsRead());

        host.log(3, 13, PROJECT, "2026-03-30T17:00", 300);             // changes March again
        assertEquals(List.of(MARCH), host.closes.findChangedMonths(PROJECT));
        host.bookings.forgetReads();
        assertEquals(1, host.billingReport.report(ADMIN, PROJECT, MAY).adjustments().size());
        assertEquals("March's adjustment comes from its ticket totals", List.of(), host.bookings.monthsRead());
    }

    @Test
    public void aLateChangeIsKeptEvenIfItsMonthsResultCannotBe() {
        host.log(1, 11, PROJECT, "2026-03-02T09:00", 3600);
        host.setTime("2026-04-01T08:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.closes.failKeepingResults(true);
        host.log(2, 12, PROJECT, "2026-03-31T17:00", 600);             // late: +10 min = +11.67

        assertTrue("the late worklog is booked", host.bookings.find(2).isPresent());
        assertEquals(List.of(MARCH), PendingAdjustmentsFixture.withoutKeptResult(host.ledger, PROJECT));
        List<Adjustment> april = host.billingReport.report(ADMIN, PROJECT, APRIL).adjustments();
        assertEquals(PendingAdjustmentsFixture.perMonth(host.ledger, PROJECT, APRIL), april);
        assertEquals(eur("11.67"), april.get(0).totalAmount());
    }

    //-----------------------------------------------------------------------
    // carry-over across closes
    //-----------------------------------------------------------------------
    @Test
    public void shouldStartTheCarryChainFromTheClosedSnapshot() {
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .carryOverPolicy("UNUSED_UP_TO").level("L1", 480L, "70", 60L).level("L2", 720L, "80", 60L)
                .level("L3", 720L, "90", 60L).build());
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 450 * 60);          // L1: 30 unused in March
        host.setTime("2026-04-01T08:00");
        MonthClose march = host.closeMonth.close(ADMIN, PROJECT, MARCH);
        assertEquals(30, march.result().line(L1).carryOutMinutes());

        // a late March log no longer changes April's carry-in: the chain starts from the frozen snapshot
        host.log(2, 1, PROJECT, "2026-03-31T10:00", 30 * 60);
        assertEquals(Minutes.of(510), host.getStatus.status(ADMIN, PROJECT, APRIL).level(L1).availableMinutes());

        // April leaves everything unused: May gets its cap of 60 (own 480 unused; carry-in never carries twice)
        assertEquals(Minutes.of(540), host.getStatus.status(ADMIN, PROJECT, MAY).level(L1).availableMinutes());
        MonthResult april = host.billingReport.report(ADMIN, PROJECT, APRIL).result();
        assertEquals(30, april.line(L1).carryInMinutes());
        assertEquals(60, april.line(L1).carryOutMinutes());
    }

    @Test
    public void statusAndRecordingNeverReadAClosedMonthsSnapshot() {
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .carryOverPolicy("UNUSED_UP_TO").level("L1", 480L, "70", 120L).level("L2", 720L, "80", 0L)
                .level("L3", 720L, "90", 0L).build());
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        host.setTime("2026-04-01T08:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        int afterClose = host.closes.snapshotReads();

        host.log(2, 1, PROJECT, "2026-04-02T09:00", 530 * 60);          // April, carry-in from the closed March
        host.log(3, 2, PROJECT, "2026-03-31T10:00", 30 * 60);           // late work in the closed March
        assertEquals(Minutes.of(580), host.getStatus.status(ADMIN, PROJECT, APRIL).level(L1).availableMinutes());
        assertEquals(Minutes.of(480), host.getStatus.status(ADMIN, PROJECT, MARCH).level(L1).availableMinutes());
        assertEquals(Minutes.of(530), host.getStatus.status(ADMIN, PROJECT, MAY).level(L1).availableMinutes());
        host.listStatuses.statuses(ADMIN, MARCH);
        assertEquals("snapshot reads on the status and recording paths", afterClose, host.closes.snapshotReads());

        // the report of a closed month is the one that shows its snapshot
        host.billingReport.report(ADMIN, PROJECT, MARCH);
        assertTrue(host.closes.snapshotReads() > afterClose);
    }

    @Test
    public void shouldConsumeCarriedMinutesFirst() {
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .carryOverPolicy("UNUSED_UP_TO").level("L1", 480L, "70", 120L).level("L2", 720L, "80", 0L)
                .level("L3", 720L, "90", 0L).build());
        // March: 380 of 480 used -> 100 carried into April
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        // April: 530 used of 580 available; the 100 carried are used first, own used 430 -> 50 to May
        host.log(2, 1, PROJECT, "2026-04-02T09:00", 530 * 60);
        MonthResult april = host.billingReport.report(ADMIN, PROJECT, APRIL).result();
        assertEquals(100, april.line(L1).carryInMinutes());
        assertEquals(580, april.line(L1).availableMinutes());
        assertEquals(530, april.line(L1).figures().inContingentMinutes());
        assertEquals(50, april.line(L1).carryOutMinutes());
        assertEquals(Minutes.of(530), host.getStatus.status(ADMIN, PROJECT, MAY).level(L1).availableMinutes());
    }
}
