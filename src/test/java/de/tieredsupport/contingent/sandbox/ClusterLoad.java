package de.tieredsupport.contingent.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.rules.ExternalResource;

import de.tieredsupport.contingent.ao.AoBookingStore;
import de.tieredsupport.contingent.ao.AoTotalsStore;
import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.sandbox.fakejira.DatabaseClusterLockService;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;

/**
 * The load of the cluster tests: four customers beside the demo data, two tickets per level each, contracts whose
 * contingents the load crosses, and a worklog as the sandbox's Log work form books it (saved in Jira's table, then
 * booked through the worklog listener's path on the node that saved it). Shared by the in-JVM nodes and the node
 * process that is killed.
 */
final class ClusterLoad {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String[] KEYS = {"CLA", "CLB", "CLC", "CLD"};
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
            for (SupportLevel level : SupportLevel.values()) {
                for (int i = 0; i < ISSUES_PER_LEVEL; i++) {
                    node.jira().issues.create(projectId * 100 + number, project, KEYS[p] + "-" + number,
                            "Ticket " + number + " of " + KEYS[p], level.key());
                    number++;
                }
            }
            node.services().configureContract().configure(FakeUsers.MANAGER, ContractDraft.builder(projectId)
                    .effectiveMonth(month.toString()).zoneId(ZONE.getId())
                    .level("L1", CONTINGENTS[p][0] / divisor, "70").level("L2", CONTINGENTS[p][1] / divisor, "80")
                    .level("L3", CONTINGENTS[p][2] / divisor, "90")
                    .recipients(RECIPIENTS.toArray(String[]::new)).build());
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
     * node, then booked through the listener's path. 1 to 15 minutes, in the given month.
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
        return node.jira().worklogs.create(issue, FakeUsers.AGENT, start, 60L + random.nextInt(841), "cluster load");
    }

    /** The worklog listener's call for a new worklog. */
    static void book(Sandbox node, FakeWorklog worklog) {
        node.worklogBooking().booked(WorklogChange.Kind.CREATED, worklog, node.jira().users.find(FakeUsers.AGENT));
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

    /** Stored totals of each load project's month next to a recount from its booking rows. */
    record TotalsCheck(Map<Long, MonthTotals> stored, Map<Long, MonthTotals> recounted) {
    }

    static TotalsCheck totals(Sandbox node, YearMonth month) {
        AoTotalsStore totals = node.component(AoTotalsStore.class);
        AoBookingStore bookings = node.component(AoBookingStore.class);
        Map<Long, MonthTotals> stored = new HashMap<>();
        Map<Long, MonthTotals> recounted = new HashMap<>();
        for (long projectId : projectIds()) {
            MonthTotals saved = totals.find(projectId, month).orElse(MonthTotals.empty(projectId, month));
            Map<SupportLevel, Long> available = new EnumMap<>(SupportLevel.class);
            for (SupportLevel level : SupportLevel.values()) {
                available.put(level, saved.level(level).availableMinutes());
            }
            stored.put(projectId, saved);
            recounted.put(projectId, MonthTotals.recount(projectId, month, bookings.findByMonth(projectId, month),
                    available));
        }
        return new TotalsCheck(stored, recounted);
    }

    /**
     * The alerts the final usage implies, worked out here from the totals: (project key, level, threshold) for
     * each default threshold (80 %, 100 %) that used minutes reach of the available minutes.
     */
    static List<String> expectedAlerts(Map<Long, MonthTotals> totals) {
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < KEYS.length; p++) {
            MonthTotals month = totals.get(FIRST_PROJECT + p);
            for (SupportLevel level : SupportLevel.values()) {
                long used = month.level(level).usedMinutes();
                long available = month.level(level).availableMinutes();
                for (int threshold : new int[] {80, 100}) {
                    if (used * 100 >= threshold * available) {
                        expected.add(KEYS[p] + "|" + level.key() + "|" + threshold);
                    }
                }
            }
        }
        return expected;
    }
}
