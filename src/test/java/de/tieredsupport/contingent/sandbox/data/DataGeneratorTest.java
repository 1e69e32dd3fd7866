package de.tieredsupport.contingent.sandbox.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import com.atlassian.jira.issue.worklog.Worklog;

import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import org.junit.Test;

/**
 * The data generator on a real sandbox: what it writes in bulk is what the plugin itself reads and writes, on H2
 * and on PostgreSQL.
 */
public class DataGeneratorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    public void generatedDataIsConsistentWithThePluginOnH2() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().demoData(false).pooledConnections(true))) {
            checkGenerated(sandbox);
        }
    }

    @Test
    public void generatedDataIsConsistentWithThePluginOnPostgres() throws Exception {
        try (TestPostgresDatabase database = TestPostgres.createDatabase("generator");
             Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().demoData(false).pooledConnections(true)
                     .jdbc(database.jdbcUrl(), database.user(), database.password()))) {
            checkGenerated(sandbox);
        }
    }

    private static void checkGenerated(Sandbox sandbox) throws SQLException {
        YearMonth current = YearMonth.now(ZONE);
        YearMonth first = current.minusMonths(2);
        DataGenerator generator = new DataGenerator(sandbox, 7, System.out);
        List<DataGenerator.GeneratedProject> projects = generator.addContracts(3, first);
        generator.addBookings(600, projects, first, current, 10);
        generator.addBookings(150, projects.subList(0, 1), current, current, 10);

        assertEquals(List.of("G1", "G2", "G3"), projects.stream().map(DataGenerator.GeneratedProject::key).toList());
        assertEquals(750, countRows(sandbox, "SANDBOX_JIRA_WORKLOG"));
        assertEquals(750, countRows(sandbox, DataGenerator.q(prefix() + "BOOKING")));
        assertEquals("3 projects x 3 months x 3 levels", 27, generator.verifyTotals(projects, current));

        // the plugin's report of a month bills exactly the time Jira holds for that month's worklogs
        DataGenerator.GeneratedProject busiest = projects.get(0);
        BillingReportView report = sandbox.services().billingReport().report(FakeUsers.ADMIN, busiest.projectId(),
                current);
        long reported = 0;
        for (SupportLevel level : SupportLevel.values()) {
            MonthResult.LevelLine line = report.result().line(level);
            reported += line.figures().usedMinutes() + line.figures().suspendedMinutes();
        }
        assertEquals(jiraMinutes(sandbox, busiest.projectId(), current), reported);
        assertEquals("every ticket is resolved", report.result().issueIds().size(),
                report.result().issueIds().stream().filter(id -> report.issue(id).isPresent()).count());

        // the all-contracts status reads the generated totals
        List<ContractStatus> statuses = sandbox.services().listStatuses().statuses(FakeUsers.ADMIN, current);
        assertEquals(3, statuses.size());
        long used = statuses.get(0).levels().stream().mapToLong(LevelStatus::usedMinutes).sum();
        assertEquals(reported, used);

        // the listener's path books on top of generated data and keeps totals equal to a recount
        FakeIssue issue = sandbox.jira().issues.findByProject(busiest.projectId()).get(0);
        Instant start = current.atDay(1).atTime(9, 0).atZone(ZONE).toInstant();
        FakeWorklog worklog = sandbox.jira().worklogs.create(issue, FakeUsers.AGENT, start, 7 * 60, "on top");
        sandbox.worklogBooking().booked(WorklogChange.Kind.CREATED, worklog, null);
        assertEquals(27, generator.verifyTotals(projects, current));

        // and the recount notices a total that does not match its bookings
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + DataGenerator.q(prefix() + "LEVEL_TOTAL") + " SET "
                    + DataGenerator.q("USED_MINUTES") + " = " + DataGenerator.q("USED_MINUTES") + " + 5 WHERE "
                    + DataGenerator.q("PROJECT_ID") + " = " + projects.get(2).projectId());
        }
        try {
            generator.verifyTotals(projects, current);
            fail("a tampered total must be reported");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("but the bookings add up to"));
        }
    }

    private static long jiraMinutes(Sandbox sandbox, long projectId, YearMonth month) {
        long from = month.atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        long seconds = 0;
        for (FakeIssue issue : sandbox.jira().issues.findByProject(projectId)) {
            for (Worklog worklog : sandbox.jira().worklogs.getByIssue(issue)) {
                long start = worklog.getStartDate().getTime();
                if (start >= from && start < to) {
                    seconds += worklog.getTimeSpent();
                }
            }
        }
        return seconds / 60;
    }

    private static long countRows(Sandbox sandbox, String table) throws SQLException {
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String prefix() {
        return AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE);
    }
}
