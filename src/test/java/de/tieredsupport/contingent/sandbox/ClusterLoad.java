package de.tieredsupport.contingent.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.rules.ExternalResource;

import de.tieredsupport.contingent.sandbox.fakejira.DatabaseClusterLockService;
import de.tieredsupport.contingent.sandbox.PluginTables.LevelTotalRow;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueEvents;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;

/**
 * The load of the cluster tests: four customers beside the demo data, two tickets per level each, contracts whose
 * contingents the load crosses, and a worklog as the sandbox's Log work form logs it (saved in Jira's table, then
 * Jira's worklog event to the plugin's listener on the node that saved it). Shared by the in-JVM nodes and the node
 * process that is killed.
 */
final class ClusterLoad {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String[] KEYS = {"CLA", "CLB", "CLC", "CLD"};
    static final List<String> LEVELS = List.of("L1", "L2", "L3");
    static final long FIRST_PROJECT = 20_001;
    static final int ISSUES_PER_LEVEL = 2;
    static final List<String> RECIPIENTS = List.of("support-owner@customer.example", "billing@customer.example");
    /** Contingent minutes per project and level: some levels end far over, some between 80 % and 100 %, some below. */
    private static final long[][] CONTINGENTS = {
        {1_200, 6_000, 30_000},
        {3_000, 9_000, 600},
        {12_000, 2_400, 7_200},
        {60_000, 4_800, 3_600},
    };

    private ClusterLoad() {
    }

    /** A sandbox node on the shared database; demo data only if asked. */
    static SandboxOptions nodeOptions(String url, String user, String password, DatabaseClusterLockService locks,
            boolean demoData) {
        return SandboxOptions.forTests().jdbc(url, user, password).pooledConnections(true).demoData(demoData)
                .clusterLockService(locks);
    }

    static List<Long> projectIds() {
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < KEYS.length; p++) {
            ids.add(FIRST_PROJECT + p);
        }
        return ids;
    }

    /** Jira's projects live in each node's memory: every node registers them. */
    static void registerProjects(Sandbox node) {
        for (int p = 0; p < KEYS.length; p++) {
            node.jira().addProject(FIRST_PROJECT + p, KEYS[p], "Cluster customer " + KEYS[p]);
        }
    }

    /**
     * Issues (shared Jira table) and contracts (plugin tables), once, through the first node; the contingents
     * divided by {@code divisor} for a smaller load.
     */
    static void createIssuesAndContracts(Sandbox node, YearMonth month, long divisor) {
        for (int p = 0; p < KEYS.length; p++) {
            long projectId = FIRST_PROJECT + p;
            com.atlassian.jira.project.Project project = node.jira().projects.getProjectObj(projectId);
            int number = 1;
            for (String level : LEVELS) {
                for (int i = 0; i < ISSUES_PER_LEVEL; i++) {
                    node.jira().issues.create(projectId * 100 + number, project, KEYS[p] + "-" + number,
                            "Ticket " + number + " of " + KEYS[p], level);
                    number++;
                }
            }
            node.rest().putTerms(FakeUsers.MANAGER, KEYS[p], month, TermsJson.terms().zoneId(ZONE.getId())
                    .level("L1", CONTINGENTS[p][0] / divisor, "70").level("L2", CONTINGENTS[p][1] / divisor, "80")
                    .level("L3", CONTINGENTS[p][2] / divisor, "90")
                    .recipients(RECIPIENTS.toArray(String[]::new)).json());
        }
    }

    static List<FakeIssue> issues(Sandbox node) {
        List<FakeIssue> issues = new ArrayList<>();
        for (long projectId : projectIds()) {
            issues.addAll(node.jira().issues.findByProject(projectId));
        }
        return issues;
    }

    /**
     * Logs work on a random ticket of the load as the Log work form does: saved in Jira's worklog table on this
     * node, then Jira's worklog event to the plugin's listener. 1 to 15 minutes, in the given month.
     */
    static FakeWorklog logWork(Sandbox node, List<FakeIssue> issues, Random random, YearMonth month) {
        FakeWorklog worklog = saveWorklog(node, issues, random, month);
        book(node, worklog);
        return worklog;
    }

    /** Saves a worklog in Jira's table only, as Jira does before its listeners run. */
    static FakeWorklog saveWorklog(Sandbox node, List<FakeIssue> issues, Random random, YearMonth month) {
        FakeIssue issue = issues.get(random.nextInt(issues.size()));
        Instant start = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(8, 0).atZone(ZONE)
                .toInstant().plusSeconds(random.nextInt(10 * 3600));
        return node.jira().worklogs.createWithoutEvent(issue, FakeUsers.AGENT, start, 60L + random.nextInt(841),
                "cluster load");
    }

    /** Jira's "work logged" event for a saved worklog, to the listeners of this node. */
    static void book(Sandbox node, FakeWorklog worklog) {
        node.jira().issueEvents.worklog(FakeIssueEvents.Kind.CREATED, worklog,
                node.jira().users.find(FakeUsers.AGENT));
    }

    /**
     * Outside Jira, AO runs its transactions SERIALIZABLE (system property {@code ao.transaction.isolation.level})
     * and leaves pooled connections at that level; in Jira the plugin's transactions are Jira's own, at the
     * database's default, READ COMMITTED on PostgreSQL. Cluster nodes run as in Jira. Returns the previous value.
     */
    static String isolationAsInJira() {
        String before = System.getProperty(AO_ISOLATION);
        System.setProperty(AO_ISOLATION, READ_COMMITTED);
        return before;
    }

    /** {@link #isolationAsInJira()} for a test class ({@code @ClassRule}), the previous value restored after it. */
    static ExternalResource isolationAsInJiraDuringTheClass() {
        return new ExternalResource() {
            private String before;

            @Override
            protected void before() {
                before = isolationAsInJira();
            }

            @Override
            protected void after() {
                restoreIsolation(before);
            }
        };
    }

    static void restoreIsolation(String before) {
        if (before == null) {
            System.clearProperty(AO_ISOLATION);
        } else {
            System.setProperty(AO_ISOLATION, before);
        }
    }

    static final String AO_ISOLATION = "ao.transaction.isolation.level";
    static final String READ_COMMITTED = "TRANSACTION_READ_COMMITTED";

    /** What the database holds for the load's projects, read with plain SQL. */
    record Census(long worklogs, long bookingRows, long distinctBookedWorklogs, long activeBookings,
            long worklogsWithoutBooking, long firedAlerts) {
    }

    static Census census(String url, String user, String password) throws SQLException {
        String prefix = AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE);
        String booking = "\"" + prefix + "BOOKING\"";
        String alert = "\"" + prefix + "FIRED_ALERT\"";
        String projects = "(" + String.join(", ", projectIds().stream().map(String::valueOf).toList()) + ")";
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
            return new Census(
                    count(connection, "SELECT COUNT(*) FROM SANDBOX_JIRA_WORKLOG w JOIN SANDBOX_JIRA_ISSUE i "
                            + "ON i.ID = w.ISSUE_ID WHERE i.PROJECT_ID IN " + projects),
                    count(connection, "SELECT COUNT(*) FROM " + booking + " WHERE \"PROJECT_ID\" IN " + projects),
                    count(connection, "SELECT COUNT(DISTINCT \"WORKLOG_ID\") FROM " + booking
                            + " WHERE \"PROJECT_ID\" IN " + projects),
                    count(connection, "SELECT COUNT(*) FROM " + booking + " WHERE \"PROJECT_ID\" IN " + projects
                            + " AND \"DELETED\" = FALSE"),
                    count(connection, "SELECT COUNT(*) FROM SANDBOX_JIRA_WORKLOG w JOIN SANDBOX_JIRA_ISSUE i "
                            + "ON i.ID = w.ISSUE_ID WHERE i.PROJECT_ID IN " + projects + " AND NOT EXISTS "
                            + "(SELECT 1 FROM " + booking + " b WHERE b.\"WORKLOG_ID\" = w.ID "
                            + "AND b.\"DELETED\" = FALSE)"),
                    count(connection, "SELECT COUNT(*) FROM " + alert + " WHERE \"PROJECT_ID\" IN " + projects));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Stored totals of each load project's month next to a recount from its booking rows, per level key. */
    record TotalsCheck(Map<Long, Map<String, LevelTotalRow>> stored, Map<Long, Map<String, LevelTotalRow>> recounted) {
    }

    static TotalsCheck totals(Sandbox node, YearMonth month) {
        Map<Long, Map<String, LevelTotalRow>> stored = new HashMap<>();
        Map<Long, Map<String, LevelTotalRow>> recounted = new HashMap<>();
        for (long projectId : projectIds()) {
            stored.put(projectId, node.tables().totals(projectId, month));
            recounted.put(projectId, node.tables().recount(projectId, month));
        }
        return new TotalsCheck(stored, recounted);
    }

    /**
     * The alerts the final usage implies, worked out here from the totals: (project key, level, threshold) for
     * each default threshold (80 %, 100 %) that used minutes reach of the available minutes.
     */
    static List<String> expectedAlerts(Map<Long, Map<String, LevelTotalRow>> totals) {
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < KEYS.length; p++) {
            Map<String, LevelTotalRow> month = totals.get(FIRST_PROJECT + p);
            for (String level : LEVELS) {
                LevelTotalRow row = month.get(level);
                long used = row == null ? 0 : row.usedMinutes();
                long available = row == null ? 0 : row.availableMinutes();
                for (int threshold : new int[] {80, 100}) {
                    if (used * 100 >= threshold * available) {
                        expected.add(KEYS[p] + "|" + level + "|" + threshold);
                    }
                }
            }
        }
        return expected;
    }
}
