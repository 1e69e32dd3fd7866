package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.PROJECT;
import static de.tieredsupport.contingent.domain.TestData.berlin;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class ContractMonthTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Contract CONTRACT = TestData.seedContract(MARCH);
    private static final Instant NOW = berlin("2026-03-20T12:00");
    /** The offer's L1 contingent of 8 h plus a top-up of 2 h: 80 % is reached at 480 minutes. */
    private static final LevelMinutes AVAILABLE = LevelMinutes.of(600, 720, 720);

    private static ContractMonth open(MonthTotals totals) {
        return ContractMonth.open(CONTRACT, MARCH, AVAILABLE, List.of(), totals);
    }

    private static MonthTotals used(long l1Minutes) {
        return MonthTotals.empty(PROJECT, MARCH)
                .apply(null, booking(99).issue(9).minutes(l1Minutes).build()).withAvailable(AVAILABLE);
    }

    //-----------------------------------------------------------------------
    // rebook
    //-----------------------------------------------------------------------
    @Test
    public void aNewBookingAddsToItsLevelAndTicketWithTheMonthsAvailability() {
        Booking b = booking(1).issue(7).minutes(30).build();
        ContractMonth.Change change = open(MonthTotals.empty(PROJECT, MARCH)).rebook(null, b, NOW);
        assertEquals(new LevelTotals(30, 0, 600), change.totals().level(L1));
        assertEquals(new LevelTotals(0, 0, 720), change.totals().level(L2));
        assertEquals(List.of(new TicketTotal.Change(PROJECT, MARCH, 7, L1, 30, 0)), change.tickets());
        assertEquals(List.of(), change.crossed());
        assertFalse(change.changedAfterClose());
    }

    @Test
    public void reachingAThresholdExactlyCrossesItAndNamesTheBookingThatDidIt() {
        // 470 used; +10 makes 480 = 80 % of 600 (exactly on the threshold counts as crossed)
        Booking b = booking(1).issue(7).at("2026-03-19T09:00").minutes(10).build();
        ContractMonth.Change change = open(used(470)).rebook(null, b, NOW);
        assertEquals(1, change.crossed().size());
        Alert alert = change.crossed().get(0);
        assertEquals(80, alert.thresholdPercent());
        assertEquals(L1, alert.level());
        assertEquals(600, alert.availableMinutes());
        assertEquals(480, alert.usedMinutes());
        assertEquals(NOW, alert.firedAt());
        assertEquals(1L, alert.crossingBooking().orElseThrow().worklogId());
    }

    @Test
    public void oneBookingCanCrossEveryThresholdAtOnce() {
        Booking b = booking(1).minutes(600).build();
        List<Integer> crossed = open(MonthTotals.empty(PROJECT, MARCH)).rebook(null, b, NOW).crossed().stream()
                .map(Alert::thresholdPercent).toList();
        assertEquals(List.of(80, 100), crossed);
    }

    @Test
    public void stoppingJustBelowAThresholdCrossesNothing() {
        Booking b = booking(1).minutes(5).build();
        assertEquals(List.of(), open(used(470)).rebook(null, b, NOW).crossed()); // 475 < 480
    }

    @Test
    public void suspendedAndChangeRequestWorkNeverCrossAThreshold() {
        assertEquals(List.of(), open(used(470)).rebook(null, booking(1).minutes(60).suspended().build(), NOW)
                .crossed());
        assertEquals(List.of(), open(used(470)).rebook(null, booking(2).minutes(60).changeRequest().build(), NOW)
                .crossed());
    }

    @Test
    public void removingWorkCrossesNothingAndLeavesTheTicket() {
        Booking b = booking(99).issue(9).minutes(470).build();
        ContractMonth.Change change = open(used(470)).rebook(b, b.asDeleted(), NOW);
        assertEquals(0, change.totals().level(L1).usedMinutes());
        assertEquals(List.of(new TicketTotal.Change(PROJECT, MARCH, 9, L1, -470, 0)), change.tickets());
        assertEquals(List.of(), change.crossed());
    }

    @Test
    public void aBookingMovingToAnotherMonthOnlyLeavesThisOne() {
        Booking inMarch = booking(99).issue(9).minutes(470).build();
        Booking inApril = booking(99).issue(9).at("2026-04-01T09:00").minutes(470).build();
        ContractMonth.Change change = open(used(470)).rebook(inMarch, inApril, NOW);
        assertEquals(0, change.totals().level(L1).usedMinutes());
        assertEquals(1, change.tickets().size());
        assertEquals(MARCH, change.tickets().get(0).month());
    }

    @Test
    public void changesFollowOneAnotherThroughTheMonthTheyLeave() {
        // suspending 470 of 470 used minutes, then logging 10 more: usage 10, nothing crossed
        Booking logged = booking(99).issue(9).minutes(470).build();
        ContractMonth month = open(used(470));
        ContractMonth.Change suspending = month.rebook(logged, logged.withSuspended(true), NOW);
        ContractMonth after = month.withTotals(suspending.totals());
        assertEquals(new LevelTotals(0, 470, 600), after.totals().level(L1));
        ContractMonth.Change more = after.rebook(null, booking(1).minutes(10).build(), NOW);
        assertEquals(new LevelTotals(10, 470, 600), more.totals().level(L1));
        assertEquals(List.of(), more.crossed());
    }

    @Test
    public void aChangeToAClosedMonthIsMarkedAndFiresNoAlert() {
        ContractMonth closed = ContractMonth.closed(CONTRACT, MARCH, AVAILABLE, List.of(), used(470));
        ContractMonth.Change change = closed.rebook(null, booking(1).minutes(200).build(), NOW);
        assertTrue(change.changedAfterClose());
        assertEquals(List.of(), change.crossed());
        assertEquals(670, change.totals().level(L1).usedMinutes());
    }

    @Test
    public void aClosedMonthIsMarkedEvenWhenNoTotalChanges() {
        // a later start keeps every total but can move work across the contingent's end
        Booking early = booking(99).issue(9).minutes(470).build();
        Booking later = booking(99).issue(9).at("2026-03-03T09:00").minutes(470).build();
        ContractMonth closed = ContractMonth.closed(CONTRACT, MARCH, AVAILABLE, List.of(), used(470));
        ContractMonth.Change change = closed.rebook(early, later, NOW);
        assertEquals(List.of(), change.tickets());
        assertTrue(change.changedAfterClose());
    }

    //-----------------------------------------------------------------------
    // suspensions and the close margin
    //-----------------------------------------------------------------------
    @Test
    public void suspendsOnlyItsLevelFromItsStart() {
        Suspension l2 = Suspension.untilMonthEnd(PROJECT, 1, L2, berlin("2026-03-10T00:00"),
                CONTRACT.billingMonth(MARCH), "admin", "unpaid invoice");
        ContractMonth month = ContractMonth.open(CONTRACT, MARCH, AVAILABLE, List.of(l2),
                MonthTotals.empty(PROJECT, MARCH));
        assertTrue(month.suspends(L2, berlin("2026-03-10T00:00")));
        assertFalse(month.suspends(L2, berlin("2026-03-09T23:59")));
        assertFalse(month.suspends(L1, berlin("2026-03-15T09:00")));
    }

    @Test
    public void aMonthMayBeClosedFromOneHourBeforeItsEnd() {
        BillingMonth march = CONTRACT.billingMonth(MARCH); // ends 2026-04-01T00:00 Berlin
        assertFalse(ContractMonth.mayBeClosedAt(march, berlin("2026-03-31T22:59:59")));
        assertTrue(ContractMonth.mayBeClosedAt(march, berlin("2026-03-31T23:00")));
        assertTrue(ContractMonth.mayBeClosedAt(march, berlin("2026-04-15T09:00")));
    }

    @Test
    public void aMonthIsSurelyCurrentFromOneHourAfterItsStartToItsEnd() {
        BillingMonth march = CONTRACT.billingMonth(MARCH); // 2026-03-01T00:00 to 2026-04-01T00:00 Berlin
        assertFalse(ContractMonth.isSurelyCurrentAt(march, berlin("2026-03-01T00:59:59")));
        assertTrue(ContractMonth.isSurelyCurrentAt(march, berlin("2026-03-01T01:00")));
        assertTrue(ContractMonth.isSurelyCurrentAt(march, berlin("2026-03-31T23:59:59")));
        assertFalse(ContractMonth.isSurelyCurrentAt(march, berlin("2026-04-01T00:00")));
        assertFalse(ContractMonth.isSurelyCurrentAt(march, berlin("2026-02-15T12:00")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesAMonthWithoutTerms() {
        ContractMonth.open(CONTRACT, YearMonth.of(2026, 2), AVAILABLE, List.of(),
                MonthTotals.empty(PROJECT, YearMonth.of(2026, 2)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesTotalsOfAnotherMonth() {
        ContractMonth.open(CONTRACT, MARCH, AVAILABLE, List.of(), MonthTotals.empty(PROJECT, YearMonth.of(2026, 4)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesNegativeAvailability() {
        ContractMonth.closed(CONTRACT, MARCH, AVAILABLE.with(L2, -1), List.of(), MonthTotals.empty(PROJECT, MARCH));
    }
}
