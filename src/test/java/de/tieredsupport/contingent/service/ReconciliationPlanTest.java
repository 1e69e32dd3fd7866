package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.SupportLevel;

import org.junit.Test;

public class ReconciliationPlanTest {

    private static final Instant START = Instant.parse("2026-11-10T09:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-10T10:00:00Z");

    private static Booking booking(long worklogId, long issueId, long raw, long billed) {
        return new Booking(worklogId, issueId, 10, "agent", START, raw, billed, SupportLevel.L1,
                YearMonth.of(2026, 11), Booking.State.ACTIVE, false, UPDATED);
    }

    private static ReconciliationPlan.Observed observed(long worklogId, long issueId, long seconds) {
        return new ReconciliationPlan.Observed(worklogId, issueId, 10, "agent", START, seconds, UPDATED);
    }

    @Test
    public void inSyncMeansNothingToDo() {
        assertEquals(List.of(), ReconciliationPlan.changes(
                List.of(booking(1, 100, 180, 300)), List.of(observed(1, 100, 300)), Set.of(100L)));
    }

    @Test
    public void aWorklogWithoutBookingIsCreated() {
        assertEquals(List.of(observed(2, 100, 200).asChange(WorklogChange.Kind.CREATED)),
                ReconciliationPlan.changes(List.of(), List.of(observed(2, 100, 200)), Set.of(100L)));
    }

    @Test
    public void aWorklogStillShowingItsRawTimeIsReplayedSoItGetsRounded() {
        assertEquals(List.of(observed(1, 100, 180).asChange(WorklogChange.Kind.UPDATED)),
                ReconciliationPlan.changes(List.of(booking(1, 100, 180, 300)), List.of(observed(1, 100, 180)),
                        Set.of(100L)));
    }

    @Test
    public void aWorklogEditedWithoutItsEventIsUpdated() {
        ReconciliationPlan.Observed moved = new ReconciliationPlan.Observed(1, 100, 10, "agent",
                START.plusSeconds(3600), 300, UPDATED);
        assertEquals(List.of(moved.asChange(WorklogChange.Kind.UPDATED)),
                ReconciliationPlan.changes(List.of(booking(1, 100, 180, 300)), List.of(moved), Set.of(100L)));
    }

    @Test
    public void aBookingWhoseWorklogIsGoneIsDeletedOnlyIfItsIssueWasRead() {
        List<Booking> bookings = List.of(booking(1, 100, 180, 300), booking(2, 200, 60, 300));
        assertEquals(List.of(WorklogChange.deleted(1)),
                ReconciliationPlan.changes(bookings, List.of(), Set.of(100L)));
    }

    @Test
    public void aDeletedBookingStaysDeleted() {
        assertEquals(List.of(), ReconciliationPlan.changes(List.of(booking(1, 100, 180, 300).asDeleted()),
                List.of(observed(1, 100, 900)), Set.of(100L)));
    }
}
