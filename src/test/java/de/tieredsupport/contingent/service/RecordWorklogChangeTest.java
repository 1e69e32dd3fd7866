package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.berlin;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.LevelTotals;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class RecordWorklogChangeTest {

    private static final long PROJECT = 10_000L;
    private static final long ISSUE = 501L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-03");
    }

    private LevelTotals totals(YearMonth month, SupportLevel level) {
        return host.totals.find(PROJECT, month).orElse(MonthTotals.empty(PROJECT, month)).level(level);
    }

    private Booking booking(long worklogId) {
        return host.bookings.find(worklogId).orElseThrow();
    }

    /** Stored totals equal a recount from the stored bookings, for the given month. */
    private void assertTotalsMatchRecount(YearMonth month) {
        MonthTotals stored = host.totals.find(PROJECT, month).orElse(MonthTotals.empty(PROJECT, month));
        MonthTotals recount = MonthTotals.recount(PROJECT, month, host.bookings.findByMonth(PROJECT, month),
                LevelMinutes.ZERO);
        for (SupportLevel level : SupportLevel.values()) {
            assertEquals(recount.level(level).usedMinutes(), stored.level(level).usedMinutes());
            assertEquals(recount.level(level).suspendedMinutes(), stored.level(level).suspendedMinutes());
        }
    }

    //-----------------------------------------------------------------------
    // rounding decision
    //-----------------------------------------------------------------------
    @Test
    public void shouldRoundUpAndAskForARewrite() {
        RoundingDecision decision = host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 61);

        assertEquals(new RoundingDecision(61, 300, true, true), decision);
        Booking b = booking(1);
        assertEquals(61, b.rawSeconds());
        assertEquals(300, b.billedSeconds());
        assertEquals(MARCH, b.month());
        assertEquals(new LevelTotals(Minutes.of(5), Minutes.of(0), Minutes.of(480)), totals(MARCH, L1));
    }

    @Test
    public void shouldNotAskForARewriteOnTheIncrement() {
        assertEquals(new RoundingDecision(600, 600, false, true), host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600));
    }

    @Test
    public void shouldBillZeroSecondsAsOneIncrement() {
        assertEquals(new RoundingDecision(0, 300, true, true), host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 0));
    }

    @Test
    public void shouldKeepTheRawTimeWhenOurRewriteComesBack() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 61);
        // the host rewrites the worklog to 300 s, which arrives as an update
        RoundingDecision echo = host.edit(1, ISSUE, PROJECT, "2026-03-02T09:00", 300);

        assertEquals(new RoundingDecision(61, 300, false, true), echo);
        assertEquals(61, booking(1).rawSeconds());
        assertEquals(Minutes.of(5), totals(MARCH, L1).usedMinutes());
    }

    //-----------------------------------------------------------------------
    // no contract
    //-----------------------------------------------------------------------
    @Test
    public void shouldLeaveProjectsWithoutContractUntouched() {
        RoundingDecision decision = host.log(1, ISSUE, 777L, "2026-03-02T09:00", 61);

        assertEquals(RoundingDecision.notRecorded(61), decision);
        assertFalse(decision.rewriteWorklog());
        assertTrue(host.bookings.all().isEmpty());
        assertEquals(0, host.transactions.count() - 1 /* the configuration */);
    }

    @Test
    public void shouldStopBillingAWorklogWhoseIssueMovedToAProjectWithoutContract() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        assertEquals(RoundingDecision.notRecorded(600), host.edit(1, ISSUE, 777L, "2026-03-02T09:00", 600));
        assertFalse(booking(1).isActive());
        assertEquals(Minutes.of(0), totals(MARCH, L1).usedMinutes());
    }

    @Test
    public void shouldNotRecordWorkBeforeTheContractStarts() {
        assertEquals(RoundingDecision.notRecorded(61), host.log(1, ISSUE, PROJECT, "2026-02-28T23:59:59", 61));
        assertTrue(host.bookings.all().isEmpty());
    }

    @Test
    public void shouldForgetABookingMovedBeforeTheContractStart() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        host.edit(1, ISSUE, PROJECT, "2026-02-27T09:00", 600);
        assertFalse(booking(1).isActive());
        assertEquals(Minutes.of(0), totals(MARCH, L1).usedMinutes());
    }

    //-----------------------------------------------------------------------
    // level attribution
    //-----------------------------------------------------------------------
    @Test
    public void shouldBookTicketsWithoutLevelAtTheDefaultLevel() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        assertEquals(L1, booking(1).level());

        host.configureContract.configure(InMemoryHost.ADMIN,
                InMemoryHost.seedDraft(PROJECT, "2026-04").defaultLevel("L2").build());
        host.log(2, ISSUE, PROJECT, "2026-04-02T09:00", 600);
        assertEquals(L2, booking(2).level());
    }

    @Test
    public void shouldBookAtTheLevelTheTicketHadWhenTheWorkWasLogged() {
        host.escalate(ISSUE, L1);
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        host.escalate(ISSUE, L3);
        host.log(2, ISSUE, PROJECT, "2026-03-03T09:00", 600);
        // editing the earlier worklog after the escalation keeps its level: no re-pricing
        host.edit(1, ISSUE, PROJECT, "2026-03-02T09:00", 1200);

        assertEquals(L1, booking(1).level());
        assertEquals(L3, booking(2).level());
        assertEquals(Minutes.of(20), totals(MARCH, L1).usedMinutes());
        assertEquals(Minutes.of(10), totals(MARCH, L3).usedMinutes());
    }

    //-----------------------------------------------------------------------
    // update, delete, month moves
    //-----------------------------------------------------------------------
    @Test
    public void shouldApplyUpdatesAsTheDeltaOfTheBooking() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        host.log(2, ISSUE, PROJECT, "2026-03-02T10:00", 300);
        host.edit(1, ISSUE, PROJECT, "2026-03-02T09:00", 1801);

        assertEquals(Minutes.of(35 + 5), totals(MARCH, L1).usedMinutes());
        assertTotalsMatchRecount(MARCH);
    }

    @Test
    public void shouldMoveAWorklogBetweenMonthsAtTheMidnightEdge() {
        host.log(1, ISSUE, PROJECT, "2026-03-31T23:59:59", 600);
        assertEquals(Minutes.of(10), totals(MARCH, L1).usedMinutes());

        host.edit(1, ISSUE, PROJECT, "2026-04-01T00:00:00", 600);

        assertEquals(Minutes.of(0), totals(MARCH, L1).usedMinutes());
        assertEquals(Minutes.of(10), totals(APRIL, L1).usedMinutes());
        assertEquals(APRIL, booking(1).month());
        assertTrue(host.lock.acquired().containsAll(List.of(ContingentLedger.monthLock(PROJECT, MARCH),
                ContingentLedger.monthLock(PROJECT, APRIL))));
    }

    @Test
    public void shouldDeleteAndTreatDeletionAsFinal() {
        host.log(1, ISSUE, PROJECT, "2026-03-02T09:00", 600);
        assertEquals(new RoundingDecision(0, 0, false, true), host.delete(1));
        assertEquals(Booking.State.DELETED, booking(1).state());
        assertEquals(Minutes.of(0), totals(MARCH, L1).usedMinutes());

        // a late update of the deleted worklog (e.g. reordered events) does not bring it back
        host.edit(1, ISSUE, PROJECT, "2026-03-02T09:00", 900);
        assertEquals(Booking.State.DELETED, booking(1).state());
        assertEquals(Minutes.of(0), totals(MARCH, L1).usedMinutes());
    }

    @Test
    public void shouldIgnoreTheDeletionOfAnUnknownWorklog() {
        assertEquals(RoundingDecision.notRecorded(0), host.delete(42));
        assertTrue(host.bookings.all().isEmpty());
        assertEquals(RoundingDecision.notRecorded(0), host.delete(42));
    }

    //-----------------------------------------------------------------------
    // idempotency and order
    //-----------------------------------------------------------------------
    @Test
    public void shouldChangeNothingWhenAnEventIsReplayed() {
        WorklogChange created = WorklogChange.created(1, ISSUE, PROJECT, "agent", berlin("2026-03-02T09:00"), 61,
                Instant.parse("2026-03-02T08:01:00Z"));
        RoundingDecision first = host.recordWorklogChange.record(created);
        Booking stored = booking(1);
        RoundingDecision again = host.recordWorklogChange.record(created);

        assertEquals(first, again);
        assertEquals(stored, booking(1));
        assertEquals(Minutes.of(5), totals(MARCH, L1).usedMinutes());
    }

    @Test
    public void shouldIgnoreAStaleEvent() {
        Instant v1 = Instant.parse("2026-03-02T08:00:00Z");
        Instant v2 = Instant.parse("2026-03-02T08:05:00Z");
        WorklogChange create = WorklogChange.created(1, ISSUE, PROJECT, "agent", berlin("2026-03-02T09:00"), 600, v1);
        WorklogChange update = WorklogChange.updated(1, ISSUE, PROJECT, "agent", berlin("2026-03-31T09:00"), 1500, v2);

        // update overtakes the create
        host.recordWorklogChange.record(update);
        assertEquals(RoundingDecision.notRecorded(600), host.recordWorklogChange.record(create));

        assertEquals(Minutes.of(25), totals(MARCH, L1).usedMinutes());
        assertEquals(1500, booking(1).rawSeconds());
    }

    @Test
    public void shouldConvergeToTheInOrderResultForReorderedEvents() {
        Instant v1 = Instant.parse("2026-03-02T08:00:00Z");
        List<WorklogChange> events = List.of(
                WorklogChange.created(1, ISSUE, PROJECT, "agent", berlin("2026-03-02T09:00"), 600, v1),
                WorklogChange.updated(1, ISSUE, PROJECT, "agent", berlin("2026-04-02T09:00"), 900, v1.plusSeconds(60)),
                WorklogChange.updated(1, ISSUE, PROJECT, "agent", berlin("2026-03-05T09:00"), 1200,
                        v1.plusSeconds(120)));
        int[][] orders = {{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {2, 0, 1}};
        Booking expected = null;
        for (int[] order : orders) {
            InMemoryHost fresh = InMemoryHost.at("2026-03-10T12:00");
            fresh.configureSeed(PROJECT, "2026-03");
            for (int i : order) {
                fresh.recordWorklogChange.record(events.get(i));
            }
            Booking result = fresh.bookings.find(1).orElseThrow();
            if (expected == null) {
                expected = result;
            }
            assertEquals(expected, result);
            assertEquals(Minutes.of(20), fresh.totals.find(PROJECT, MARCH).orElseThrow().level(L1).usedMinutes());
            assertEquals(0, fresh.totals.find(PROJECT, APRIL).map(t -> t.level(L1).usedMinutes()).orElse(Minutes.ZERO)
                    .toLong());
        }
    }

    //-----------------------------------------------------------------------
    // locking and transactions
    //-----------------------------------------------------------------------
    @Test
    public void shouldWriteUnderTheMonthLockInsideATransaction() {
        boolean[] checked = {false};
        InMemoryHost h = host;
        ContingentLedger ledger = h.ledger;
        String lockName = ContingentLedger.monthLock(PROJECT, MARCH);
        // observe from inside the booking store's save
        de.tieredsupport.contingent.service.port.BookingStore observing =
                new de.tieredsupport.contingent.service.port.BookingStore() {
                    @Override
                    public java.util.Optional<Booking> find(long worklogId) {
                        return h.bookings.find(worklogId);
                    }

                    @Override
                    public List<Booking> findByMonth(long projectId, YearMonth month) {
                        return h.bookings.findByMonth(projectId, month);
                    }

                    @Override
                    public List<Booking> findByIssue(long issueId) {
                        return h.bookings.findByIssue(issueId);
                    }

                    @Override
                    public java.util.Iterator<Booking> consumingInOrder(long projectId, YearMonth month,
                            de.tieredsupport.contingent.domain.SupportLevel level) {
                        return h.bookings.consumingInOrder(projectId, month, level);
                    }

                    @Override
                    public void save(Booking booking) {
                        assertTrue(h.lock.isHeldByCurrentThread(lockName));
                        assertTrue(h.transactions.isActive());
                        checked[0] = true;
                        h.bookings.save(booking);
                    }
                };
        ContingentLedger observed = new ContingentLedger(h.contracts, observing, h.totals, h.topUps, h.suspensions,
                h.alerts, h.closes, h.changeRequests, h.lock, h.transactions, h.clock);
        new RecordWorklogChange(observed, h.levels, h.sender, h.changeRequestNotifier).record(WorklogChange.created(1, ISSUE, PROJECT,
                "agent", berlin("2026-03-02T09:00"), 61, Instant.EPOCH));
        assertTrue(checked[0]);
        assertEquals(Minutes.of(5), ledger.status(h.contracts.find(PROJECT).orElseThrow(), MARCH).level(L1).usedMinutes());
    }
}
