package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import com.atlassian.scheduler.config.JobRunnerKey;

import de.tieredsupport.contingent.sandbox.PluginTables.BookingRow;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The nightly reconciliation job of the plugin bundle against the sandbox's Jira, which lists the worklogs changed and
 * deleted since an instant one page at a time: lost create, update and delete events are repaired, and with small
 * pages a contract late in project order is repaired by the first run, which stops at its page budget, while the
 * following runs go on from the cursor without missing or double-booking a worklog.
 */
public class SandboxReconciliationTest {

    private static Sandbox sandbox;
    private static FakeJira jira;
    private static YearMonth current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        jira = sandbox.jira();
        current = YearMonth.now(FakeJira.USER_ZONE);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @After
    public void jirasPagesAsUsual() {
        jira.worklogs.pageSize(1000);
    }

    private static void runTheJob() {
        JobRunnerKey key = jira.scheduler.runnerKeys().iterator().next();
        jira.scheduler.runNow(key);
    }

    /** The project's booked minutes of the current month, all levels, suspended work included (stored totals). */
    private static long minutes(long projectId) {
        return sandbox.tables().totals(projectId, current).values().stream()
                .mapToLong(row -> row.usedMinutes() + row.suspendedMinutes()).sum();
    }

    private static Instant startThisMonth() {
        // a start inside the current month, however early in it the test runs
        Instant now = jira.clock.instant();
        Instant monthStart = current.atDay(1).atStartOfDay(FakeJira.USER_ZONE).toInstant();
        return now.minusSeconds(3600).isAfter(monthStart) ? now.minusSeconds(3600) : now;
    }

    @Test
    public void lostCreateUpdateAndDeleteEventsAreRepairedByTheJob() {
        FakeIssue issue = jira.issues.findByKey("ACME-2");
        Instant start = startThisMonth();
        FakeWorklog created = jira.worklogs.createWithoutEvent(issue, FakeUsers.AGENT, start, 7 * 60, "lost create");
        FakeWorklog updated = jira.worklogs.create(issue, FakeUsers.AGENT, start, 10 * 60, "lost update");
        jira.worklogs.editWithoutEvent(updated.getId(), FakeUsers.AGENT, start, 25 * 60);
        FakeWorklog deleted = jira.worklogs.create(issue, FakeUsers.AGENT, start, 5 * 60, "lost delete");
        assertTrue(jira.worklogs.deleteWithoutEvent(deleted.getId()));
        assertFalse(sandbox.tables().booking(created.getId()).isPresent());
        assertEquals(600, sandbox.tables().booking(updated.getId()).orElseThrow().billedSeconds());
        assertFalse(sandbox.tables().booking(deleted.getId()).orElseThrow().deleted());
        long project = issue.getProjectId();
        long before = minutes(project);

        runTheJob();

        BookingRow booked = sandbox.tables().booking(created.getId()).orElseThrow();
        assertEquals(420, booked.rawSeconds());
        assertEquals(600, booked.billedSeconds());
        assertEquals("Jira shows the rounded time", Long.valueOf(600),
                jira.worklogs.getById(created.getId()).getTimeSpent());
        assertEquals(1500, sandbox.tables().booking(updated.getId()).orElseThrow().billedSeconds());
        assertTrue(sandbox.tables().booking(deleted.getId()).orElseThrow().deleted());
        assertEquals("+10 booked, +15 updated, -5 deleted", before + 20, minutes(project));
    }

    @Test
    public void aContractLateInProjectOrderIsRepairedByTheFirstRunAndLaterRunsGoOnWithoutDoubleBooking()
            throws Exception {
        List<FakeIssue> firstIssues = new ArrayList<>();
        for (String key : new String[] {"ACME-1", "MUE-1", "NORD-1"}) {
            firstIssues.add(jira.issues.findByKey(key));
        }
        firstIssues.sort(Comparator.comparing(FakeIssue::getProjectId));
        FakeIssue early = firstIssues.get(0);
        FakeIssue late = firstIssues.get(firstIssues.size() - 1);
        assertTrue(early.getProjectId() < late.getProjectId());
        // as on a new installation: the cursor reads from the start of the open months
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM " + PluginTables.table("RECON_CURSOR"));
        }
        Instant start = startThisMonth();
        // saved ten minutes ago while their events got lost: the late contract's first, then 400 of the early one's,
        // three in each millisecond
        Instant savedAt = jira.clock.instant().minusSeconds(600);
        FakeWorklog lateOne = jira.worklogs.createWithoutEvent(late, FakeUsers.AGENT, start, 7 * 60, "late contract",
                savedAt);
        List<Long> earlyOnes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            earlyOnes.add(jira.worklogs.createWithoutEvent(early, FakeUsers.AGENT, start, 7 * 60, "early " + i,
                    savedAt.plusMillis(1 + i / 3)).getId());
        }
        jira.worklogs.pageSize(5);
        long earlyBefore = minutes(early.getProjectId());

        runTheJob();

        assertTrue("the late contract's worklog", sandbox.tables().booking(lateOne.getId()).isPresent());
        long bookedAfterTheFirstRun = earlyOnes.stream().filter(id -> sandbox.tables().booking(id).isPresent())
                .count();
        assertTrue("the first run stopped at its budget: " + bookedAfterTheFirstRun, bookedAfterTheFirstRun < 400);

        for (int run = 0; run < 20 && earlyOnes.stream().anyMatch(id -> sandbox.tables().booking(id).isEmpty());
                run++) {
            runTheJob();
        }

        for (Long id : earlyOnes) {
            BookingRow booking = sandbox.tables().booking(id).orElseThrow(() -> new AssertionError("not booked"));
            assertEquals(600, booking.billedSeconds());
        }
        assertEquals("each booked once", earlyBefore + 400 * 10, minutes(early.getProjectId()));
        assertEquals(1, sandbox.tables().count(PluginTables.table("BOOKING") + " WHERE \"WORKLOG_ID\" = ?",
                lateOne.getId()));
    }
}
