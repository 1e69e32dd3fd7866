package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

import org.junit.Before;
import org.junit.Test;

public class ReconcileWorklogsTest {

    private static final long PROJECT = 10_000L;

    private InMemoryHost host;
    private ReconcileWorklogs reconcile;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-01");
        reconcile = new ReconcileWorklogs(host.ledger, host.reconciliationCursor);
    }

    /**
     * A run that stops at its budget is continued by the next one: three contracts, a run that stops inside the
     * second, then one that stops after the third, then a full run. No contract waits for ever behind the others.
     */
    @Test
    public void aRunThatStopsEarlyIsContinuedByTheNextRun() {
        host.configureSeed(PROJECT + 2, "2026-01");
        host.configureSeed(PROJECT + 1, "2026-01");
        List<ReconcileWorklogs.Window> first = reconcile.windows();
        assertEquals(List.of(PROJECT, PROJECT + 1, PROJECT + 2), projects(first));

        reconcile.stoppedAt(first, first.get(1), false);
        List<ReconcileWorklogs.Window> second = reconcile.windows();
        assertEquals("the window cut short comes first", List.of(PROJECT + 1, PROJECT + 2, PROJECT), projects(second));

        reconcile.stoppedAt(second, second.get(1), true);
        List<ReconcileWorklogs.Window> third = reconcile.windows();
        assertEquals("then the one after the last complete", List.of(PROJECT, PROJECT + 1, PROJECT + 2),
                projects(third));

        reconcile.stoppedAt(third, third.get(2), false);
        assertEquals(List.of(PROJECT + 2, PROJECT, PROJECT + 1), projects(reconcile.windows()));
        reconcile.completed();
        assertEquals(List.of(PROJECT, PROJECT + 1, PROJECT + 2), projects(reconcile.windows()));
    }

    @Test
    public void aCursorOnAContractThatIsGoneStartsWithTheNextOne() {
        host.configureSeed(PROJECT + 5, "2026-01");
        host.reconciliationCursor.nextStart(java.util.OptionalLong.of(PROJECT + 3));
        assertEquals(List.of(PROJECT + 5, PROJECT), projects(reconcile.windows()));
        host.reconciliationCursor.nextStart(java.util.OptionalLong.of(PROJECT + 9));
        assertEquals("past the last: round to the first", List.of(PROJECT, PROJECT + 5), projects(reconcile.windows()));
    }

    private static List<Long> projects(List<ReconcileWorklogs.Window> windows) {
        return windows.stream().map(ReconcileWorklogs.Window::projectId).toList();
    }

    @Test
    public void windowCoversThePreviousAndTheCurrentMonthAtMost() {
        ReconcileWorklogs.Window window = reconcile.windows().get(0);
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3)), window.months());
        assertEquals(InMemoryHost.berlin("2026-02-01T00:00"), window.from());
        assertEquals(InMemoryHost.berlin("2026-04-01T00:00"), window.to());
    }

    @Test
    public void windowStartsAfterTheLatestClose() {
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 1));
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 2));
        assertEquals(List.of(YearMonth.of(2026, 3)), reconcile.windows().get(0).months());
    }

    @Test
    public void replayingThePlanRepairsTheBookingsAndASecondRunFindsNothing() {
        host.log(1, 500, PROJECT, "2026-03-02T09:00", 180);
        ReconcileWorklogs.Window window = reconcile.windows().get(0);
        ReconciliationPlan.Observed rounded = new ReconciliationPlan.Observed(1, 500, PROJECT, "agent",
                InMemoryHost.berlin("2026-03-02T09:00"), 300, host.clock.instant());
        ReconciliationPlan.Observed missed = new ReconciliationPlan.Observed(2, 501, PROJECT, "agent",
                InMemoryHost.berlin("2026-03-03T09:00"), 601, host.clock.instant());

        List<WorklogChange> changes = reconcile.plan(window, List.of(rounded, missed), Set.of(500L, 501L));
        assertEquals(List.of(missed.asChange(WorklogChange.Kind.CREATED)), changes);
        changes.forEach(host.recordWorklogChange::record);

        ReconciliationPlan.Observed missedRounded = new ReconciliationPlan.Observed(2, 501, PROJECT, "agent",
                InMemoryHost.berlin("2026-03-03T09:00"), 900, host.clock.instant());
        assertEquals(List.of(), reconcile.plan(window, List.of(rounded, missedRounded), Set.of(500L, 501L)));
        assertEquals(900, host.bookings.find(2).orElseThrow().billedSeconds());
    }
}
