package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static de.tieredsupport.contingent.domain.TestData.PROJECT;
import static de.tieredsupport.contingent.domain.TestData.berlin;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
        assertEquals(new LevelTotals(Minutes.of(30), Minutes.of(0), Minutes.of(600)), change.totals().level(L1));
        assertEquals(new LevelTotals(Minutes.of(0), Minutes.of(0), Minutes.of(720)), change.totals().level(L2));
        assertEquals(List.of(new TicketTotal.Change(PROJECT, MARCH, 7, L1, Minutes.of(30), Minutes.of(0))), change.tickets());
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
        assertEquals(Minutes.of(600), alert.availableMinutes());
        assertEquals(Minutes.of(480), alert.usedMinutes());
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
        assertEquals(Minutes.of(0), change.totals().level(L1).usedMinutes());
        assertEquals(List.of(new TicketTotal.Change(PROJECT, MARCH, 9, L1, Minutes.of(-470), Minutes.of(0))), change.tickets());
        assertEquals(List.of(), change.crossed());
    }

    @Test
    public void aBookingMovingToAnotherMonthOnlyLeavesThisOne() {
        Booking inMarch = booking(99).issue(9).minutes(470).build();
        Booking inApril = booking(99).issue(9).at("2026-04-01T09:00").minutes(470).build();
        ContractMonth.Change change = open(used(470)).rebook(inMarch, inApril, NOW);
        assertEquals(Minutes.of(0), change.totals().level(L1).usedMinutes());
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
        assertEquals(new LevelTotals(Minutes.of(0), Minutes.of(470), Minutes.of(600)), after.totals().level(L1));
        ContractMonth.Change more = after.rebook(null, booking(1).minutes(10).build(), NOW);
        assertEquals(new LevelTotals(Minutes.of(10), Minutes.of(470), Minutes.of(600)), more.totals().level(L1));
        assertEquals(List.of(), more.crossed());
    }

    @Test
    public void aChangeToAClosedMonthIsMarkedAndFiresNoAlert() {
        ContractMonth closed = ContractMonth.closed(CONTRACT, MARCH, AVAILABLE, List.of(), used(470));
        ContractMonth.Change change = closed.rebook(null, booking(1).minutes(200).build(), NOW);
        assertTrue(change.changedAfterClose());
        assertEquals(List.of(), change.crossed());
        assertEquals(Minutes.of(670), change.totals().level(L1).usedMinutes());
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
        ContractMonth.closed(CONTRACT, MARCH, AVAILABLE.with(L2, Minutes.of(-1)), List.of(), MonthTotals.empty(PROJECT, MARCH));
    }

    //-----------------------------------------------------------------------
    // decisions: top-up, suspension, resumption, close
    //-----------------------------------------------------------------------
    private static final Instant DECIDED = berlin("2026-03-16T12:00");

    private static MonthTotals nothingUsed() {
        return MonthTotals.empty(PROJECT, MARCH).withAvailable(AVAILABLE);
    }

    private static ContractMonth closed(MonthTotals totals) {
        return ContractMonth.closed(CONTRACT, MARCH, AVAILABLE, List.of(), totals);
    }

    private static void assertRefused(String code, Runnable decision) {
        try {
            decision.run();
            fail("expected " + code);
        } catch (ContractMonth.Conflict e) {
            assertEquals(code, e.code());
        }
    }

    @Test
    public void aTopUpRaisesItsLevelsAvailabilityAndArmsTheThresholdsAgain() {
        ContractMonth month = open(used(470));
        TopUp topUp = month.topUp(L1, Minutes.of(120), "admin", "release", DECIDED);
        assertEquals(new TopUp(PROJECT, MARCH, L1, Minutes.of(120), "admin", "release", DECIDED), topUp);
        ContractMonth after = month.withTopUp(topUp);
        assertEquals(Minutes.of(720), after.availableMinutes(L1));
        assertEquals(Minutes.of(720), after.totals().level(L1).availableMinutes());
        assertEquals(Minutes.of(720), after.availableMinutes(L2));
        // 470 + 10 = 480: 80 % of 600 before the top-up, 66 % of 720 after it
        assertEquals(List.of(), after.rebook(null, booking(1).minutes(10).build(), NOW).crossed());
        assertEquals(List.of(80), after.rebook(null, booking(1).minutes(106).build(), NOW).crossed().stream()
                .map(Alert::thresholdPercent).toList()); // 576 = 80 % of 720
    }

    @Test
    public void aTopUpMustBeWholeIncrementsOfAnOpenMonth() {
        try {
            open(nothingUsed()).topUp(L1, Minutes.of(7), "admin", "", DECIDED);
            fail();
        } catch (ValidationException e) {
            assertEquals("minutes", e.violations().get(0).field());
        }
        assertRefused("month.closed", () -> closed(nothingUsed()).topUp(L1, Minutes.of(60), "admin", "", DECIDED));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesATopUpOfAnotherMonth() {
        open(nothingUsed()).withTopUp(new TopUp(PROJECT, YearMonth.of(2026, 4), L1, Minutes.of(60), "admin", "", DECIDED));
    }

    @Test
    public void aSuspensionRunsFromItsDecisionToTheMonthsEndAndIsNumberedInTheMonth() {
        ContractMonth month = open(nothingUsed());
        Suspension first = month.suspend(L1, DECIDED, "admin", "unpaid");
        assertEquals(1, first.number());
        assertEquals(DECIDED, first.from());
        assertEquals(CONTRACT.billingMonth(MARCH).end(), first.until());
        ContractMonth after = month.withSuspensions(List.of(first));
        assertTrue(after.suspends(L1, berlin("2026-03-20T09:00")));
        assertFalse(after.suspends(L1, berlin("2026-03-16T11:59")));
        assertEquals(2, after.suspend(L2, DECIDED, "admin", "").number());
    }

    @Test
    public void aScopeAlreadySuspendedCannotBeSuspendedAgain() {
        ContractMonth all = open(nothingUsed()).withSuspensions(List.of(open(nothingUsed()).suspend(null, DECIDED, "a", "")));
        assertRefused("suspension.active", () -> all.suspend(null, DECIDED.plusSeconds(60), "a", ""));
        assertRefused("suspension.active", () -> all.suspend(L2, DECIDED.plusSeconds(60), "a", ""));
        ContractMonth l1 = open(nothingUsed()).withSuspensions(List.of(open(nothingUsed()).suspend(L1, DECIDED, "a", "")));
        assertEquals(L2, l1.suspend(L2, DECIDED, "a", "").level()); // another level may be
        assertRefused("month.closed", () -> closed(nothingUsed()).suspend(L1, DECIDED, "a", ""));
    }

    @Test
    public void resumingOneLevelOfAnAllLevelsSuspensionKeepsTheOthersSuspended() {
        ContractMonth month = open(nothingUsed());
        ContractMonth suspended = month.withSuspensions(List.of(month.suspend(null, DECIDED, "admin", "stop")));
        Instant resumedAt = DECIDED.plusSeconds(7200);
        List<Suspension> changed = suspended.resume(L2, resumedAt, "lead");
        assertEquals(3, changed.size());
        assertEquals(resumedAt, changed.get(0).until());
        assertEquals("lead", changed.get(0).resumedBy());
        assertEquals(List.of(L1, L3), changed.subList(1, 3).stream().map(Suspension::level).toList());
        assertEquals(List.of(2, 3), changed.subList(1, 3).stream().map(Suspension::number).toList());
        ContractMonth after = suspended.withSuspensions(changed);
        assertEquals(3, after.suspensions().size());
        assertFalse(after.suspends(L2, berlin("2026-03-20T09:00")));
        assertTrue(after.suspends(L1, berlin("2026-03-20T09:00")));
        assertTrue(after.suspends(L2, berlin("2026-03-16T13:00"))); // inside the ended window
        assertRefused("suspension.notActive", () -> after.resume(L2, resumedAt, "lead"));
        assertRefused("suspension.notActive", () -> month.resume(null, resumedAt, "lead"));
    }

    @Test
    public void reflaggingMovesWorkInAndOutOfSuspensionsAndAlertsWorkThatComesBack() {
        Booking ahead = booking(7).issue(9).at("2026-03-20T09:00").minutes(480).build(); // logged ahead of time
        Booking before = booking(8).issue(9).at("2026-03-02T09:00").minutes(10).build();
        ContractMonth month = ContractMonth.open(CONTRACT, MARCH, AVAILABLE, List.of(),
                MonthTotals.empty(PROJECT, MARCH).apply(null, ahead).apply(null, before).withAvailable(AVAILABLE));
        ContractMonth suspended = month.withSuspensions(List.of(month.suspend(null, DECIDED, "admin", "stop")));

        ContractMonth.Reflagged in = suspended.reflag(List.of(ahead, before), NOW);
        assertEquals(List.of(ahead.withSuspended(true)), in.flagged());
        assertEquals(new LevelTotals(Minutes.of(10), Minutes.of(480), Minutes.of(600)), in.month().totals().level(L1));
        assertEquals(List.of(new TicketTotal.Change(PROJECT, MARCH, 9, L1, Minutes.of(-480), Minutes.of(480))), in.tickets());
        assertEquals(List.of(), in.crossed());

        ContractMonth resumed = in.month().withSuspensions(in.month().resume(null, DECIDED.plusSeconds(60), "a"));
        ContractMonth.Reflagged out = resumed.reflag(in.flagged(), NOW);
        assertEquals(List.of(ahead), out.flagged());
        assertEquals(new LevelTotals(Minutes.of(490), Minutes.of(0), Minutes.of(600)), out.month().totals().level(L1));
        assertEquals(List.of(80), out.crossed().stream().map(Alert::thresholdPercent).toList());
        assertEquals(7L, out.crossed().get(0).crossingBooking().orElseThrow().worklogId());
        assertEquals(List.of(), resumed.reflag(List.of(before, booking(9).project(PROJECT + 1).build()), NOW)
                .flagged());
    }

    @Test
    public void monthsCloseOnceAfterTheyEndedAndInOrder() {
        Instant april = berlin("2026-04-02T09:00");
        ContractMonth march = open(nothingUsed());
        assertRefused("month.notEnded", () -> march.requireClosableAt(Optional.empty(), berlin("2026-03-31T23:59")));
        assertRefused("month.alreadyClosed", () -> closed(nothingUsed()).requireClosableAt(Optional.empty(), april));
        try {
            march.requireClosableAt(Optional.of(YearMonth.of(2026, 1)), april);
            fail();
        } catch (ContractMonth.Conflict e) {
            assertEquals("month.outOfOrder", e.code());
            assertEquals(List.of("2026-02"), e.arguments()); // the month that blocks
        }
        MonthResult result = MonthCalculator.compute(CONTRACT, MARCH, List.of(booking(1).minutes(30).build()),
                List.of(), LevelMinutes.ZERO);
        MonthClose close = march.close(result, List.of(), Optional.empty(), "admin", april);
        assertEquals(new MonthClose(PROJECT, MARCH, result, List.of(), "admin", april), close);
        assertRefused("month.notEnded",
                () -> march.close(result, List.of(), Optional.empty(), "admin", berlin("2026-03-31T12:00")));
    }
}
