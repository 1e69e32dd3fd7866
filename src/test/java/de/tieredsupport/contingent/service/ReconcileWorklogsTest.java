package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.InMemoryWorklogFeed;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;
import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

import org.junit.Before;
import org.junit.Test;

/**
 * The reconciliation reads the worklogs Jira changed since its last run, page by page in the order Jira changed them,
 * and repairs the bookings of open months only. The feed is as unkind as Jira may be: pages end inside a millisecond,
 * changes of one millisecond come out of id order, and "since" is inclusive or exclusive.
 */
public class ReconcileWorklogsTest {

    private static final long PROJECT = 10_000L;
    private static final ReconcileWorklogs.Budget AMPLE = new ReconcileWorklogs.Budget(100, 100, 10_000);

    private InMemoryHost host;
    private ReconcileWorklogs reconcile;
    private final List<WorklogChange> replayed = new ArrayList<>();

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-01");
        reconcile = new ReconcileWorklogs(host.ledger, host.reconciliationCursor);
    }

    /**
     * A run whose replay books the change and, as the listener's path does, writes the rounded time back into Jira
     * (which makes it a change of its own, at the host's current time).
     */
    private ReconcileWorklogs.Summary run(InMemoryWorklogFeed feed, ReconcileWorklogs.Budget budget) {
        return reconcile.run(feed, change -> {
            replayed.add(change);
            RoundingDecision decision = host.recordWorklogChange.record(change);
            if (change.kind() != WorklogChange.Kind.DELETED && decision.rewriteWorklog()) {
                feed.put(new WorklogChangeFeed.Changed(change.worklogId(), change.issueId(), change.projectId(),
                        change.authorKey(), change.start(), decision.billedSeconds(), host.clock.instant()));
            }
            return true;
        }, budget, () -> false);
    }

    private static WorklogChangeFeed.Changed worklog(long id, long issueId, long projectId, String berlinStart,
            long seconds, Instant updated) {
        return new WorklogChangeFeed.Changed(id, issueId, projectId, "agent", InMemoryHost.berlin(berlinStart),
                seconds, updated);
    }

    private static Instant at(String berlinLocal) {
        return InMemoryHost.berlin(berlinLocal);
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

    /** Lost create, update and delete events: the first run repairs all three, a second run finds nothing. */
    @Test
    public void lostCreateUpdateAndDeleteEventsAreRepairedAndASecondRunFindsNothing() {
        host.log(1, 500, PROJECT, "2026-03-02T09:00", 600);
        host.log(3, 502, PROJECT, "2026-03-04T09:00", 900);
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true)
                .put(worklog(1, 500, PROJECT, "2026-03-02T09:00", 1200, at("2026-03-09T10:00")))
                .put(worklog(2, 501, PROJECT, "2026-03-03T09:00", 61, at("2026-03-09T10:01")))
                .delete(3, at("2026-03-09T10:02"));

        ReconcileWorklogs.Summary first = run(jira, AMPLE);

        assertEquals(1200, host.bookings.find(1).orElseThrow().billedSeconds());
        assertEquals(300, host.bookings.find(2).orElseThrow().billedSeconds());
        assertFalse(host.bookings.find(3).orElseThrow().isActive());
        assertEquals(3, first.repaired());
        assertTrue(first.complete());
        assertTrue(first.deletionsListed());

        replayed.clear();
        ReconcileWorklogs.Summary second = run(jira, AMPLE);
        assertEquals(List.of(), replayed);
        assertEquals(0, second.repaired());
        assertTrue(second.complete());
    }

    @Test
    public void onlyOpenMonthsAreRepaired() {
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 1));
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 2));
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true)
                .put(worklog(1, 500, PROJECT, "2026-02-20T09:00", 600, at("2026-03-09T10:00")))
                .put(worklog(2, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-09T10:01")))
                .put(worklog(3, 900, 77_777L, "2026-03-02T09:00", 600, at("2026-03-09T10:02")));

        run(jira, AMPLE);

        assertTrue("closed month", host.bookings.find(1).isEmpty());
        assertTrue(host.bookings.find(2).isPresent());
        assertTrue("no contract", host.bookings.find(3).isEmpty());
    }

    /**
     * Forty contracts, each with many changes; the contract last in project order changed once, early. The first run,
     * though it stops at its budget after a tenth of the changes, repairs it: changes are read in the order Jira made
     * them, not contract by contract.
     */
    @Test
    public void aContractLateInProjectOrderIsRepairedOnTheFirstRun() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(50, true, true);
        long id = 1;
        Instant t = at("2026-03-02T08:00");
        for (long p = 1; p <= 40; p++) {
            host.configureSeed(PROJECT + p, "2026-01");
        }
        long last = PROJECT + 40;
        jira.put(worklog(id++, 9_999, last, "2026-03-02T09:00", 600, t.plusSeconds(30)));
        for (long p = 1; p < 40; p++) {
            for (int n = 0; n < 50; n++) {
                jira.put(worklog(id++, 5_000 + p, PROJECT + p, "2026-03-03T09:00", 600,
                        t.plusSeconds(p * 60 + n)));
            }
        }

        ReconcileWorklogs.Summary first = run(jira, new ReconcileWorklogs.Budget(4, 3, 10_000));

        assertFalse("stopped at its budget", first.complete());
        assertTrue(first.repaired() < 40 * 50 / 5);
        assertTrue("the last contract's change", host.bookings.find(1).isPresent());
    }

    /**
     * 300 lost worklogs, many of them sharing a millisecond across page boundaries (and served out of id order), with
     * large pages and with pages no larger than a millisecond's changes: runs of three pages each go on from the
     * cursor until all are booked; every worklog is replayed exactly once.
     */
    @Test
    public void runsStoppedByTheBudgetResumeWithoutMissingOrRepeating() {
        for (int[] shape : new int[][] {{40, 7}, {5, 3}, {4, 4}}) {
            for (boolean inclusive : new boolean[] {true, false}) {
                setUp();
                replayed.clear();
                int pageSize = shape[0];
                int perMillisecond = shape[1];
                InMemoryWorklogFeed jira = new InMemoryWorklogFeed(pageSize, inclusive, true);
                Instant t = at("2026-03-05T08:00");
                for (long id = 1; id <= 300; id++) {
                    jira.put(worklog(id, 500 + id % 7, PROJECT, "2026-03-03T09:00", 600,
                            t.plusMillis(id / perMillisecond)));
                }
                String what = "pages of " + pageSize + ", " + perMillisecond + " per millisecond, inclusive "
                        + inclusive;

                int runs = 0;
                ReconcileWorklogs.Summary summary;
                do {
                    summary = run(jira, new ReconcileWorklogs.Budget(3, 3, 10_000));
                    runs++;
                } while (!summary.complete() && runs < 1000);

                assertTrue(what, summary.complete());
                assertTrue("several runs: " + runs, runs > 3);
                Set<Long> once = new HashSet<>();
                for (WorklogChange change : replayed) {
                    assertTrue("replayed twice: " + change.worklogId() + " (" + what + ")",
                            once.add(change.worklogId()));
                }
                assertEquals(what, 300, once.size());
                assertEquals(300, host.bookings.all().stream().filter(Booking::isActive).count());
            }
        }
    }

    /**
     * More changes in one millisecond than a page holds (a bulk import): the run passes over that millisecond, says so,
     * and goes on with the changes after it.
     */
    @Test
    public void aMillisecondWithMoreChangesThanAPageIsPassedOverAndTheReadGoesOn() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(10, true, true);
        for (long id = 1; id <= 15; id++) {
            jira.put(worklog(id, 500, PROJECT, "2026-03-03T09:00", 600, at("2026-03-05T08:00")));
        }
        jira.put(worklog(16, 500, PROJECT, "2026-03-03T09:00", 600, at("2026-03-05T08:01")));

        ReconcileWorklogs.Summary summary = run(jira, AMPLE);

        assertTrue(summary.complete());
        assertEquals(1, summary.sameMillisecondSkips());
        assertTrue(host.bookings.find(16).isPresent());
        assertEquals("the page's ten", 11, host.bookings.all().size());
    }

    /** A worklog whose change carries exactly the cursor's instant, seen only after the cursor got there. */
    @Test
    public void aWorklogChangedExactlyAtTheCursorInstantIsNotLost() {
        for (boolean inclusive : new boolean[] {true, false}) {
            setUp();
            InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, inclusive, true)
                    .put(worklog(5, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-09T10:00")));
            run(jira, AMPLE);
            ReconciliationCursor.Position cursor = host.reconciliationCursor.read().updated();
            assertEquals(ReconciliationCursor.Position.before(at("2026-03-10T11:59")), cursor);

            jira.put(worklog(6, 500, PROJECT, "2026-03-02T10:00", 600, cursor.at()));
            run(jira, AMPLE);

            assertTrue("inclusive " + inclusive, host.bookings.find(6).isPresent());
        }
    }

    /**
     * The cursor stays a minute behind now: a change that commits late with a time inside that minute is still read by
     * the next run.
     */
    @Test
    public void theCursorStaysBehindTheLastMinute() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true)
                .put(worklog(1, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-10T11:59:40")));
        run(jira, AMPLE);
        assertTrue(host.bookings.find(1).isPresent());
        assertEquals(ReconciliationCursor.Position.before(at("2026-03-10T11:59")),
                host.reconciliationCursor.read().updated());

        jira.put(worklog(2, 500, PROJECT, "2026-03-02T10:00", 600, at("2026-03-10T11:59:30")));
        run(jira, AMPLE);
        assertTrue(host.bookings.find(2).isPresent());
    }

    /**
     * Work logged before its project had a contract was never booked, and the cursor passed it: configuring the
     * contract makes the next run read again from the start of its open months. New terms of a contract that does not
     * start earlier leave the cursor alone.
     */
    @Test
    public void aNewContractIsReadAgainFromTheStartOfItsOpenMonths() {
        long later = PROJECT + 50;
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true)
                .put(worklog(1, 900, later, "2026-03-05T09:00", 600, at("2026-03-05T09:30")));
        run(jira, AMPLE);
        assertTrue("no contract yet", host.bookings.find(1).isEmpty());
        ReconciliationCursor.State read = host.reconciliationCursor.read();

        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .level("L1", 600L, "75").build());
        assertEquals("new terms of an existing contract", read, host.reconciliationCursor.read());

        host.configureSeed(later, "2026-03");
        assertEquals(ReconciliationCursor.Position.before(at("2026-03-01T00:00")),
                host.reconciliationCursor.read().updated());
        run(jira, AMPLE);
        assertTrue(host.bookings.find(1).isPresent());
    }

    /** A contract configured on another node while a run reads: the run's end does not undo the rewind. */
    @Test
    public void aContractConfiguredDuringARunKeepsItsRewind() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true);
        run(jira, AMPLE);
        jira.put(worklog(2, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-10T11:59:10")));

        reconcile.run(jira, change -> {
            host.configureSeed(PROJECT + 60, "2026-03");
            return true;
        }, AMPLE, () -> false);

        assertEquals(ReconciliationCursor.Position.before(at("2026-03-01T00:00")),
                host.reconciliationCursor.read().updated());
    }

    /** The first run reads from the start of the earliest open month, not from the beginning of Jira. */
    @Test
    public void theFirstRunReadsFromTheStartOfTheOpenMonths() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true);
        run(jira, AMPLE);
        assertEquals(at("2026-03-10T11:59"), host.reconciliationCursor.read().updated().at());
        assertEquals(1 + 1, jira.pagesServed);
        assertNull(host.reconciliationCursor.read().sweptTo());
    }

    /**
     * Without Jira's list of deletions the active bookings of the open months are checked one by one, a bounded number
     * per run, going on where the last run stopped.
     */
    @Test
    public void withoutAListOfDeletionsBookingsAreCheckedABoundedNumberPerRun() {
        for (long id = 1; id <= 10; id++) {
            host.log(id, 500, PROJECT, "2026-03-02T09:00", 600);
        }
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, false);
        for (long id = 1; id <= 10; id++) {
            if (id != 7) {
                jira.put(worklog(id, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-01T10:00")));
            }
        }
        ReconcileWorklogs.Budget fourChecks = new ReconcileWorklogs.Budget(10, 10, 4);

        ReconcileWorklogs.Summary first = run(jira, fourChecks);
        assertFalse(first.deletionsListed());
        assertFalse(first.complete());
        assertEquals(List.of(1L, 2L, 3L, 4L), jira.existsChecks);
        assertTrue(host.bookings.find(7).orElseThrow().isActive());

        ReconcileWorklogs.Summary second = run(jira, fourChecks);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), jira.existsChecks);
        assertFalse(host.bookings.find(7).orElseThrow().isActive());
        assertFalse(second.complete());

        assertTrue(run(jira, fourChecks).complete());
        assertNull("all checked: the next run starts over", host.reconciliationCursor.read().sweptTo());
    }

    @Test
    public void aCancelledRunStopsBeforeReadingAndKeepsTheCursor() {
        InMemoryWorklogFeed jira = new InMemoryWorklogFeed(1000, true, true)
                .put(worklog(1, 500, PROJECT, "2026-03-02T09:00", 600, at("2026-03-09T10:00")));
        ReconcileWorklogs.Summary summary = reconcile.run(jira, change -> true, AMPLE, () -> true);
        assertFalse(summary.complete());
        assertTrue(host.bookings.find(1).isEmpty());
        assertEquals(ReconciliationCursor.Position.before(at("2026-02-01T00:00")),
                host.reconciliationCursor.read().updated());
    }
}
