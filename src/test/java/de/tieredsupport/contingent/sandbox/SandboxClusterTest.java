package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.tieredsupport.contingent.sandbox.fakejira.DatabaseClusterLockService;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueEvents;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;

/**
 * Two sandbox nodes on one PostgreSQL database with the database-backed cluster lock: 10,000 worklog events from
 * eight threads on both nodes (new worklogs, and earlier worklogs delivered again on the other node) cross the
 * contingents of four customers. Afterwards every worklog has exactly one booking, the stored totals equal a
 * recount from the booking rows, and every alert the final usage implies was recorded once and mailed once per
 * recipient, by one of the two nodes.
 */
public class SandboxClusterTest {

    private static final int THREADS_PER_NODE = 4;
    private static final int EVENTS = 10_000;
    /** Every fifth event delivers an earlier worklog of the thread again, through the other node. */
    private static final int REDELIVERY_EVERY = 5;

    @ClassRule
    public static final ExternalResource ISOLATION_AS_IN_JIRA = ClusterLoad.isolationAsInJiraDuringTheClass();

    @Test
    public void twoNodesBookTenThousandEventsExactlyOnceAndAlertOnce() throws Exception {
        try (TestPostgresDatabase db = TestPostgres.createDatabase("cluster_two_nodes");
             DatabaseClusterLockService locks1 = DatabaseClusterLockService.of(db.jdbcUrl(), db.user(),
                     db.password(), "node-1");
             DatabaseClusterLockService locks2 = DatabaseClusterLockService.of(db.jdbcUrl(), db.user(),
                     db.password(), "node-2");
             Sandbox node1 = Sandbox.start(ClusterLoad.nodeOptions(db.jdbcUrl(), db.user(), db.password(), locks1,
                     true))) {
            assertEquals(DemoData.Outcome.SEEDED, node1.demoData());
            String seeded = node1.pluginTablesChecksum();
            long demoWorklogs = node1.jira().worklogs.count();

            try (Sandbox node2 = Sandbox.start(ClusterLoad.nodeOptions(db.jdbcUrl(), db.user(), db.password(),
                    locks2, false))) {
                // the second node starts on the tables the first created: migration and table creation are
                // idempotent and change nothing
                assertEquals(DemoData.Outcome.NOT_REQUESTED, node2.demoData());
                assertEquals(seeded, node2.pluginTablesChecksum());
                assertEquals(demoWorklogs, node2.jira().worklogs.count());

                YearMonth month = YearMonth.now(ClusterLoad.ZONE);
                for (Sandbox node : List.of(node1, node2)) {
                    ClusterLoad.registerProjects(node);
                }
                ClusterLoad.createIssuesAndContracts(node1, month, 1);
                node1.mail().clear();
                List<FakeIssue> issues = ClusterLoad.issues(node1);

                long started = System.nanoTime();
                int[] created = runLoad(node1, node2, issues, month);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

                ClusterLoad.Census census = ClusterLoad.census(db.jdbcUrl(), db.user(), db.password());
                assertEquals(created[0], census.worklogs());
                assertEquals("one booking row per worklog", census.worklogs(), census.bookingRows());
                assertEquals(census.worklogs(), census.distinctBookedWorklogs());
                assertEquals(census.worklogs(), census.activeBookings());
                assertEquals(0, census.worklogsWithoutBooking());

                ClusterLoad.TotalsCheck totals = ClusterLoad.totals(node2, month);
                assertEquals("stored totals equal a recount from the bookings", totals.recounted(), totals.stored());

                List<String> expected = ClusterLoad.expectedAlerts(totals.recounted());
                assertTrue("the load crosses thresholds: " + expected, expected.size() >= 6);
                assertEquals(sorted(expected), sorted(firedAlerts(db)));

                List<FakeMailQueue.CapturedMail> mails = new ArrayList<>(node1.mail().captured());
                mails.addAll(node2.mail().captured());
                Set<String> distinct = new HashSet<>();
                Map<String, Integer> perProject = new TreeMap<>();
                for (FakeMailQueue.CapturedMail mail : mails) {
                    assertTrue("mailed twice: " + mail.to() + " " + mail.subject(),
                            distinct.add(mail.to() + "\n" + mail.subject()));
                    assertTrue(mail.to(), ClusterLoad.RECIPIENTS.contains(mail.to()));
                    perProject.merge(mail.subject().substring(1, 4), 1, Integer::sum);
                }
                Map<String, Integer> expectedPerProject = new TreeMap<>();
                for (String alert : expected) {
                    expectedPerProject.merge(alert.substring(0, 3), ClusterLoad.RECIPIENTS.size(), Integer::sum);
                }
                assertEquals("one mail per alert and recipient", expectedPerProject, perProject);

                System.out.printf("Cluster: %d events (%d new worklogs, %d deliveries again on the other node) "
                        + "from %d threads on 2 nodes in %d ms; %d bookings; %d alerts, %d mails (node-1 %d, "
                        + "node-2 %d)%n", EVENTS, created[0], EVENTS - created[0], 2 * THREADS_PER_NODE, millis,
                        census.bookingRows(), expected.size(), mails.size(), node1.mail().captured().size(),
                        node2.mail().captured().size());
            }
        }
    }

    /** Runs the events on both nodes; returns the number of new worklogs. */
    private static int[] runLoad(Sandbox node1, Sandbox node2, List<FakeIssue> issues, YearMonth month)
            throws Exception {
        int threads = 2 * THREADS_PER_NODE;
        int perThread = EVENTS / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Sandbox home = t % 2 == 0 ? node1 : node2;
            Sandbox other = home == node1 ? node2 : node1;
            Random random = new Random(20_260_300L + t);
            done.add(pool.submit(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                int newWorklogs = 0;
                for (int i = 1; i <= perThread; i++) {
                    if (i % REDELIVERY_EVERY == 0) {
                        long id = mine.get(random.nextInt(mine.size()));
                        FakeWorklog again = other.jira().worklogs.getById(id);
                        other.jira().issueEvents.worklog(FakeIssueEvents.Kind.UPDATED, again,
                                other.jira().users.find(FakeUsers.AGENT));
                    } else {
                        mine.add(ClusterLoad.logWork(home, issues, random, month).getId());
                        newWorklogs++;
                    }
                }
                return newWorklogs;
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Integer> future : done) {
            created += future.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new int[] {created};
    }

    private static List<String> firedAlerts(TestPostgresDatabase db) throws Exception {
        String table = "\"" + AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE) + "FIRED_ALERT\"";
        Map<Long, String> keys = new HashMap<>();
        for (int p = 0; p < ClusterLoad.KEYS.length; p++) {
            keys.put(ClusterLoad.FIRST_PROJECT + p, ClusterLoad.KEYS[p]);
        }
        List<String> fired = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"PROJECT_ID\", \"LEVEL_KEY\", \"THRESHOLD_PERCENT\" "
                     + "FROM " + table)) {
            while (rows.next()) {
                String key = keys.get(rows.getLong(1));
                if (key != null) {
                    fired.add(key + "|" + rows.getString(2) + "|" + rows.getInt(3));
                }
            }
        }
        return fired;
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
