package de.tieredsupport.contingent.sandbox.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import com.atlassian.jira.issue.worklog.Worklog;
import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginTables;
import de.tieredsupport.contingent.sandbox.PluginTables.BookingRow;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
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

    /**
     * The generator rounds host-side, without the plugin's classes: its rule gives what the plugin's listener books
     * for every rounding mode, at and around the increments.
     */
    @Test
    public void theGeneratorsRoundingIsThePlugins() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().demoData(false))) {
            YearMonth current = YearMonth.now(ZONE);
            Instant start = current.atDay(1).atTime(9, 0).atZone(ZONE).toInstant();
            long[] raws = {1, 59, 60, 149, 150, 299, 300, 301, 449, 450, 451, 599, 600, 899, 900, 901, 1349, 1350,
                3599, 3600, 3601, 10_799};
            Object[][] policies = {{5, "UP"}, {15, "NEAREST"}, {10, "DOWN"}, {1, "UP"}, {60, "NEAREST"}};
            for (int p = 0; p < policies.length; p++) {
                int increment = (Integer) policies[p][0];
                String mode = (String) policies[p][1];
                long projectId = 60_000 + p;
                String key = "R" + (p + 1);
                com.atlassian.jira.project.Project project = sandbox.jira().addProject(projectId, key, "Rounding " + key);
                FakeIssue issue = sandbox.jira().issues.create(projectId * 100, project, key + "-1", "Rounding", "L2");
                sandbox.rest().putTerms(FakeUsers.MANAGER, key, current, de.tieredsupport.contingent.sandbox.TermsJson
                        .terms().zoneId(ZONE.getId()).level("L1", 60L * increment, "70")
                        .level("L2", 60L * increment, "80").level("L3", 60L * increment, "90")
                        .rounding(increment, mode).json());
                for (long raw : raws) {
                    FakeWorklog worklog = sandbox.jira().worklogs.create(issue, FakeUsers.AGENT, start, raw, "round");
                    BookingRow booked = sandbox.tables().booking(worklog.getId()).orElseThrow();
                    assertEquals(increment + " min " + mode + " of " + raw + " s",
                            DataGenerator.billedSeconds(raw, increment, mode), booked.billedSeconds());
                }
            }
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
        assertEquals(3, sandbox.tables().contracts());
        assertEquals(750, sandbox.tables().count("SANDBOX_JIRA_WORKLOG"));
        assertEquals(750, sandbox.tables().count(PluginTables.table("BOOKING")));
        assertEquals("3 projects x 3 months x 3 levels", 27, generator.verifyTotals(projects, current));

        // the plugin's report of a month (over its REST API) bills exactly the time Jira holds for that month's
        // worklogs
        DataGenerator.GeneratedProject busiest = projects.get(0);
        JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, busiest.key(), current);
        long reported = 0;
        long tickets = 0;
        long resolved = 0;
        for (JsonNode line : report.path("levels")) {
            JsonNode figures = line.path("figures");
            reported += figures.path("inContingentMinutes").asLong() + figures.path("overageMinutes").asLong()
                    + figures.path("suspendedMinutes").asLong();
            for (JsonNode ticket : line.path("tickets")) {
                tickets++;
                resolved += ticket.path("issueKey").isTextual() ? 1 : 0;
            }
        }
        assertEquals(3, report.path("levels").size());
        assertEquals(jiraMinutes(sandbox, busiest.projectId(), current), reported);
        assertTrue("the report has tickets", tickets > 0);
        assertEquals("every ticket is resolved", tickets, resolved);

        // the all-contracts status (over the REST API) reads the generated totals
        JsonNode statuses = sandbox.rest().statuses(FakeUsers.ADMIN, current);
        assertEquals(3, statuses.size());
        assertEquals(busiest.key(), statuses.get(0).path("projectKey").asText());
        long used = 0;
        for (JsonNode level : statuses.get(0).path("levels")) {
            used += level.path("usedMinutes").asLong();
        }
        assertEquals(reported, used);

        // Jira's worklog event to the plugin's listener books on top of generated data, rounds as the generator
        // does, and keeps totals equal to a recount
        FakeIssue issue = sandbox.jira().issues.findByProject(busiest.projectId()).get(0);
        Instant start = current.atDay(1).atTime(9, 0).atZone(ZONE).toInstant();
        FakeWorklog worklog = sandbox.jira().worklogs.create(issue, FakeUsers.AGENT, start, 7 * 60, "on top");
        BookingRow booked = sandbox.tables().booking(worklog.getId()).orElseThrow();
        assertEquals(7 * 60, booked.rawSeconds());
        assertEquals(DataGenerator.billedSeconds(7 * 60, 5, "UP"), booked.billedSeconds());
        assertEquals(issue.supportLevelKey(), booked.level());
        assertEquals(current, booked.month());
        assertEquals(27, generator.verifyTotals(projects, current));

        // and the recount notices a total that does not match its bookings
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + PluginTables.table("LEVEL_TOTAL") + " SET "
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
}
