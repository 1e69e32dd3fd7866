package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.scheduler.config.JobRunnerKey;

import de.tieredsupport.contingent.sandbox.fakejira.DatabaseClusterLockService;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;

/**
 * A node in a process of its own ({@link ClusterNodeMain}) books worklogs on the shared PostgreSQL database and is
 * killed ({@code destroyForcibly}) mid-load: worklogs are saved in Jira's table whose booking never committed, and
 * the node may have died holding a cluster lock. The node restarts under its id, the reconciliation job runs, and
 * every worklog has exactly one booking, Jira shows every worklog's billed time, the totals equal a recount, every
 * alert the usage implies is recorded once, and the restarted node mails only alerts that were not recorded before
 * the kill. A second run of the job changes nothing.
 */
public class SandboxNodeKillTest {

    private static final int BOOKED_BEFORE_KILL = 300;
    @ClassRule
    public static final ExternalResource ISOLATION_AS_IN_JIRA = ClusterLoad.isolationAsInJiraDuringTheClass();

    @Test
    public void aNodeKilledMidLoadIsRepairedByTheReconciliationJobWithoutDoubleCounting() throws Exception {
        try (TestPostgresDatabase db = TestPostgres.createDatabase("cluster_kill");
             DatabaseClusterLockService locks1 = DatabaseClusterLockService.of(db.jdbcUrl(), db.user(),
                     db.password(), "node-1");
             Sandbox node1 = Sandbox.start(ClusterLoad.nodeOptions(db.jdbcUrl(), db.user(), db.password(), locks1,
                     true))) {
            YearMonth month = YearMonth.now(ClusterLoad.ZONE);
            ClusterLoad.registerProjects(node1);
            // contingents a twentieth of the ten-thousand-event test's, so that a few hundred worklogs cross them
            ClusterLoad.createIssuesAndContracts(node1, month, 20);

            long started = System.nanoTime();
            int bookedSeen = loadAndKill(db);
            long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            ClusterLoad.Census killed = ClusterLoad.census(db.jdbcUrl(), db.user(), db.password());
            assertTrue("the killed node saved worklogs whose booking never committed: " + killed,
                    killed.worklogsWithoutBooking() > 0);
            assertEquals("never two rows for one worklog", killed.distinctBookedWorklogs(), killed.bookingRows());
            Set<String> alertsBeforeRestart = new HashSet<>(firedAlerts(db));

            try (DatabaseClusterLockService locks2 = DatabaseClusterLockService.of(db.jdbcUrl(), db.user(),
                         db.password(), "node-2");
                 Sandbox node2 = Sandbox.start(ClusterLoad.nodeOptions(db.jdbcUrl(), db.user(), db.password(),
                         locks2, false))) {
                ClusterLoad.registerProjects(node2);
                Set<JobRunnerKey> runners = node2.jira().scheduler.runnerKeys();
                assertEquals(1, runners.size());
                node2.jira().scheduler.runNow(runners.iterator().next());

                ClusterLoad.Census repaired = ClusterLoad.census(db.jdbcUrl(), db.user(), db.password());
                assertEquals(0, repaired.worklogsWithoutBooking());
                assertEquals("one booking row per worklog", repaired.worklogs(), repaired.bookingRows());
                assertEquals(repaired.worklogs(), repaired.distinctBookedWorklogs());
                assertEquals(repaired.worklogs(), repaired.activeBookings());
                assertEquals("Jira shows the billed time of every worklog", 0, unroundedWorklogs(db));

                ClusterLoad.TotalsCheck totals = ClusterLoad.totals(node2, month);
                assertEquals("stored totals equal a recount from the bookings", totals.recounted(), totals.stored());
                List<String> expected = ClusterLoad.expectedAlerts(totals.recounted());
                assertTrue("the load crosses thresholds: " + expected, expected.size() >= 4);
                List<String> fired = firedAlerts(db);
                Collections.sort(expected);
                Collections.sort(fired);
                assertEquals("every alert the usage implies, recorded once", expected, fired);

                Map<String, Integer> mailedPerProject = new TreeMap<>();
                Set<String> distinct = new HashSet<>();
                for (FakeMailQueue.CapturedMail mail : node2.mail().captured()) {
                    assertTrue("mailed twice: " + mail.subject(), distinct.add(mail.to() + "\n" + mail.subject()));
                    mailedPerProject.merge(mail.subject().substring(1, 4), 1, Integer::sum);
                }
                Map<String, Integer> newPerProject = new TreeMap<>();
                for (String alert : fired) {
                    if (!alertsBeforeRestart.contains(alert)) {
                        newPerProject.merge(alert.substring(0, 3), ClusterLoad.RECIPIENTS.size(), Integer::sum);
                    }
                }
                assertEquals("the restarted node mails only alerts not recorded before", newPerProject,
                        mailedPerProject);

                // the reconciliation's cursor moves on with every run, to a minute before now
                String afterRepair = node2.pluginTablesChecksum("RECON_CURSOR");
                node2.jira().scheduler.runNow(runners.iterator().next());
                assertEquals("a second run changes nothing", afterRepair, node2.pluginTablesChecksum("RECON_CURSOR"));

                System.out.printf("Killed node: at least %d bookings seen before the kill after %d ms; %d worklogs "
                        + "saved, %d without booking after the kill; reconciliation booked them: %d bookings; "
                        + "%d alerts (%d recorded before the kill, %d mails from the restarted node)%n",
                        bookedSeen, killedAfter, killed.worklogs(), killed.worklogsWithoutBooking(),
                        repaired.bookingRows(), fired.size(), alertsBeforeRestart.size(),
                        node2.mail().captured().size());
            }
        }
    }

    /** Starts the node process, lets it book, kills it; returns the bookings it reported. */
    private static int loadAndKill(TestPostgresDatabase db) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        // the node runs the same plugin jar as this JVM's sandbox
        ProcessBuilder builder = new ProcessBuilder(java, "-Dplugin.jar=" + SandboxOptions.defaults().pluginJar()
                .toAbsolutePath(), "-cp", System.getProperty("java.class.path"), ClusterNodeMain.class.getName(),
                db.jdbcUrl(), db.user(), db.password(), "node-2")
                .redirectErrorStream(true);
        Process node = builder.start();
        AtomicInteger booked = new AtomicInteger();
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith(ClusterNodeMain.BOOKED)) {
                        booked.set(Integer.parseInt(line.substring(ClusterNodeMain.BOOKED.length()).trim()));
                    }
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > 40) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
        }, "node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (booked.get() < BOOKED_BEFORE_KILL) {
                if (!node.isAlive() || System.nanoTime() > deadline) {
                    synchronized (tail) {
                        fail("the node process " + (node.isAlive() ? "booked too slowly" : "ended") + ":\n"
                                + String.join("\n", new ArrayList<>(tail)));
                    }
                }
                Thread.sleep(20);
            }
        } finally {
            node.destroyForcibly();
            assertTrue(node.waitFor(30, TimeUnit.SECONDS));
        }
        return booked.get();
    }

    private static List<String> firedAlerts(TestPostgresDatabase db) throws Exception {
        String table = "\"" + AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE) + "FIRED_ALERT\"";
        List<String> fired = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"PROJECT_ID\", \"LEVEL_KEY\", \"THRESHOLD_PERCENT\" "
                     + "FROM " + table)) {
            while (rows.next()) {
                int p = (int) (rows.getLong(1) - ClusterLoad.FIRST_PROJECT);
                if (p >= 0 && p < ClusterLoad.KEYS.length) {
                    fired.add(ClusterLoad.KEYS[p] + "|" + rows.getString(2) + "|" + rows.getInt(3));
                }
            }
        }
        return fired;
    }

    /** Worklogs of the load whose time in Jira differs from their booking's billed time. */
    private static long unroundedWorklogs(TestPostgresDatabase db) throws Exception {
        String booking = "\"" + AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE) + "BOOKING\"";
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM SANDBOX_JIRA_WORKLOG w JOIN " + booking
                     + " b ON b.\"WORKLOG_ID\" = w.ID WHERE w.TIME_SPENT <> b.\"BILLED_SECONDS\"")) {
            row.next();
            return row.getLong(1);
        }
    }
}
