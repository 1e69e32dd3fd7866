package de.tieredsupport.contingent.sandbox.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginTables;
import de.tieredsupport.contingent.sandbox.PluginTables.LevelTotalRow;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.TermsJson;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * Fills a sandbox database with generated contracts, Jira issues, worklogs and the plugin's bookings and totals, for
 * benchmarks on realistic volumes.
 * <p>
 * Contracts are configured through the plugin's REST API ({@code PUT …/contract/terms/{month}} as the billing
 * manager), one by one, and read back through it ({@code GET …/contract}) for their zone, rounding and contingents.
 * Issues, worklogs, bookings and running totals are written with JDBC batches, because a million bookings through
 * Jira's worklog events one by one would take hours. The rows are what the plugin's listener writes: Jira's worklog
 * holds the billed time (the listener writes the rounded time back), the booking holds raw and billed seconds at the
 * issue's level in the billing month of its start in the contract's zone, and the totals per (project, month, level)
 * hold the billed minutes with the contingent as availability. The rounding and the billing month are worked out here,
 * host-side, by the documented rules ({@link #billedSeconds}); the plugin's classes are never used. Generated contracts
 * have no top-ups, suspensions, carry-over or closed months, and no alert rows are written for thresholds the
 * generated usage crossed. {@link #verifyTotals} recounts every month's totals from the bookings afterwards.
 */
public final class DataGenerator {

    /** Generated projects get ids from here on, far from the demo projects (10000…). */
    public static final long FIRST_PROJECT_ID = 50_000;
    /** Generated issues and worklogs get explicit ids far above what the fake Jira's own sequences hand out. */
    static final long FIRST_ISSUE_ID = 100_000_000L;
    static final long FIRST_WORKLOG_ID = 1_000_000_000L;
    /** The plugin's level keys, as the Support Level field stores them. */
    static final List<String> LEVELS = List.of("L1", "L2", "L3");

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int BATCH = 5_000;
    private static final String[] AUTHORS = {FakeUsers.AGENT, FakeUsers.MANAGER, FakeUsers.ADMIN};

    private final Sandbox sandbox;
    private final PrintStream out;
    private final Random random;
    private final boolean postgres;
    private long nextIssueId;
    private long nextWorklogId;

    /** A generated contract: its project id and key. */
    public record GeneratedProject(long projectId, String key) {
    }

    private record TotalKey(long projectId, int month, String level) {
    }

    /** One version of a contract's terms, as the plugin's REST API shows it: what the bulk load needs of it. */
    record TermsVersion(YearMonth effectiveMonth, int incrementMinutes, String roundingMode,
            Map<String, Long> contingentMinutes) {
    }

    /** A contract as the plugin's REST API shows it: its zone and its versions, oldest first. */
    record ContractTerms(ZoneId zone, List<TermsVersion> versions) {

        /** The latest version whose effective month is not after {@code month}, or null before the first one. */
        TermsVersion termsFor(YearMonth month) {
            TermsVersion found = null;
            for (TermsVersion version : versions) {
                if (!version.effectiveMonth().isAfter(month)) {
                    found = version;
                }
            }
            return found;
        }

        static ContractTerms of(JsonNode contract) {
            List<TermsVersion> versions = new ArrayList<>();
            for (JsonNode terms : contract.path("termsHistory")) {
                Map<String, Long> contingents = new LinkedHashMap<>();
                for (String level : LEVELS) {
                    contingents.put(level, terms.path("levels").path(level).path("contingentMinutes").asLong());
                }
                versions.add(new TermsVersion(YearMonth.parse(terms.path("effectiveMonth").asText()),
                        terms.path("rounding").path("incrementMinutes").asInt(),
                        terms.path("rounding").path("mode").asText(), contingents));
            }
            versions.sort(java.util.Comparator.comparing(TermsVersion::effectiveMonth));
            return new ContractTerms(ZoneId.of(contract.path("zoneId").asText()), versions);
        }
    }

    public DataGenerator(Sandbox sandbox, long seed, PrintStream out) {
        this.sandbox = sandbox;
        this.out = out;
        this.random = new Random(seed);
        this.postgres = sandbox.databaseDescription().startsWith("jdbc:postgresql:");
        this.nextIssueId = Math.max(FIRST_ISSUE_ID, maxId("SANDBOX_JIRA_ISSUE", "ID") + 1);
        this.nextWorklogId = Math.max(FIRST_WORKLOG_ID, maxId("SANDBOX_JIRA_WORKLOG", "ID") + 1);
    }

    /**
     * Billed seconds for {@code rawSeconds} of work under a contract's rounding, as docs and README define it: to a
     * multiple of the increment, {@code UP}, {@code DOWN} or to the {@code NEAREST} (a half increment up), never
     * below one increment (a 1-minute call bills 5 minutes under the default 5 minutes up).
     */
    static long billedSeconds(long rawSeconds, int incrementMinutes, String mode) {
        if (rawSeconds < 0 || incrementMinutes < 1) {
            throw new IllegalArgumentException("Cannot round " + rawSeconds + " s to " + incrementMinutes + " min");
        }
        long increment = incrementMinutes * 60L;
        long whole = rawSeconds / increment;
        long rest = rawSeconds % increment;
        long units = switch (mode) {
            case "UP" -> rest == 0 ? whole : whole + 1;
            case "DOWN" -> whole;
            case "NEAREST" -> rest * 2 >= increment ? whole + 1 : whole;
            default -> throw new IllegalArgumentException("Unknown rounding mode " + mode);
        };
        return Math.multiplyExact(Math.max(units, 1), increment);
    }

    /**
     * Registers the fake Jira project of every generated contract already in the database (projects live in the fake
     * Jira's memory, not in its tables), and returns them.
     */
    public List<GeneratedProject> registerExistingProjects() {
        List<GeneratedProject> found = new ArrayList<>();
        try (Connection connection = sandbox.openConnection(new Properties());
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT " + q("PROJECT_ID") + " FROM "
                     + PluginTables.table("CONTRACT_TERMS") + " WHERE " + q("PROJECT_ID") + " >= ? ORDER BY "
                     + q("PROJECT_ID"))) {
            select.setLong(1, FIRST_PROJECT_ID);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long projectId = rows.getLong(1);
                    found.add(new GeneratedProject(projectId, keyOf(projectId)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the contracts: " + e.getMessage(), e);
        }
        for (GeneratedProject project : found) {
            if (sandbox.jira().projects.getProjectObj(project.projectId()) == null) {
                sandbox.jira().addProject(project.projectId(), project.key(), "Generated customer " + project.key());
            }
        }
        return found;
    }

    /** Ids of generated projects, in order, as a key: {@code G1}, {@code G2}, … */
    static String keyOf(long projectId) {
        return "G" + (projectId - FIRST_PROJECT_ID + 1);
    }

    /**
     * {@code count} new contracts in force from {@code firstMonth}, through the plugin's REST API as the billing
     * manager, in the offer's example terms (8 h / 12 h / 12 h at 70 / 80 / 90 EUR; the plugin's defaults: rounding up
     * to 5 minutes, alerts at 80 and 100 %).
     */
    public List<GeneratedProject> addContracts(int count, YearMonth firstMonth) {
        long started = System.nanoTime();
        long nextProjectId = registerExistingProjects().stream().mapToLong(GeneratedProject::projectId)
                .max().orElse(FIRST_PROJECT_ID - 1) + 1;
        List<GeneratedProject> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long projectId = nextProjectId + i;
            GeneratedProject project = new GeneratedProject(projectId, keyOf(projectId));
            sandbox.jira().addProject(projectId, project.key(), "Generated customer " + project.key());
            sandbox.rest().putTerms(FakeUsers.MANAGER, project.key(), firstMonth, TermsJson.terms()
                    .zoneId(ZONE.getId())
                    .level("L1", 480, "70").level("L2", 720, "80").level("L3", 720, "90")
                    .recipients("support-" + project.key().toLowerCase(java.util.Locale.ROOT) + "@example.com")
                    .json());
            added.add(project);
            progress("contracts", i + 1, count, started);
        }
        return added;
    }

    /** The contract of a project as the plugin's REST API shows it to the billing manager. */
    ContractTerms contract(GeneratedProject project) {
        return ContractTerms.of(sandbox.rest().contract(FakeUsers.MANAGER, project.key()));
    }

    /**
     * {@code count} worklogs with their bookings, spread evenly over {@code projects} and over the months from
     * {@code from} to {@code to}; {@code worklogsPerIssue} worklogs on each new issue. Running totals are added to.
     */
    public void addBookings(long count, List<GeneratedProject> projects, YearMonth from, YearMonth to,
            int worklogsPerIssue) {
        if (count <= 0) {
            return;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Long, ContractTerms> contractOf = new HashMap<>();
        for (GeneratedProject project : projects) {
            contractOf.put(project.projectId(), contract(project));
        }
        long started = System.nanoTime();
        Map<TotalKey, Long> addedMinutes = new HashMap<>();
        LocalDate today = LocalDate.now(ZONE);
        long now = System.currentTimeMillis();
        int cells = projects.size() * months.size();
        Properties driver = new Properties();
        if (postgres) {
            driver.setProperty("reWriteBatchedInserts", "true");
        }
        try (Connection connection = sandbox.openConnection(driver)) {
            connection.setAutoCommit(false);
            try (PreparedStatement issue = connection.prepareStatement("INSERT INTO SANDBOX_JIRA_ISSUE (ID, PROJECT_ID, "
                    + "ISSUE_KEY, SUMMARY, SUPPORT_LEVEL, UPDATED_MILLIS) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement worklog = connection.prepareStatement("INSERT INTO SANDBOX_JIRA_WORKLOG (ID, ISSUE_ID, "
                         + "AUTHOR_KEY, UPDATE_AUTHOR_KEY, START_MILLIS, TIME_SPENT, COMMENT_TEXT, CREATED_MILLIS, "
                         + "UPDATED_MILLIS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement booking = connection.prepareStatement("INSERT INTO " + PluginTables.table("BOOKING")
                         + " (" + cols("WORKLOG_ID", "ISSUE_ID", "PROJECT_ID", "BILLING_MONTH", "AUTHOR_KEY",
                                 "STARTED_AT", "RAW_SECONDS", "BILLED_SECONDS", "LEVEL_KEY", "DELETED", "SUSPENDED",
                                 "UPDATED_AT")
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long written = 0;
                int pending = 0;
                for (int cell = 0; cell < cells; cell++) {
                    GeneratedProject project = projects.get(cell % projects.size());
                    YearMonth month = months.get(cell / projects.size());
                    long inCell = count / cells + (cell < count % cells ? 1 : 0);
                    ContractTerms contract = contractOf.get(project.projectId());
                    if (contract.termsFor(month) == null) {
                        throw new IllegalArgumentException("The contract of " + project.key() + " is not in force in "
                                + month);
                    }
                    int lastDay = month.equals(YearMonth.from(today)) ? today.getDayOfMonth() : month.lengthOfMonth();
                    long issueId = 0;
                    String level = "L1";
                    for (long w = 0; w < inCell; w++) {
                        if (w % worklogsPerIssue == 0) {
                            issueId = nextIssueId++;
                            level = randomLevel();
                            String key = project.key() + "-" + (issueId - FIRST_ISSUE_ID + 1);
                            issue.setLong(1, issueId);
                            issue.setLong(2, project.projectId());
                            issue.setString(3, key);
                            issue.setString(4, "Generated ticket " + key + " (" + month + ")");
                            issue.setString(5, level);
                            issue.setLong(6, now);
                            issue.addBatch();
                        }
                        long worklogId = nextWorklogId++;
                        Instant start = month.atDay(1 + random.nextInt(lastDay))
                                .atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(contract.zone()).toInstant();
                        // the billing month is the month of the start's local date in the contract's zone
                        YearMonth billingMonth = YearMonth.from(start.atZone(contract.zone()));
                        TermsVersion terms = contract.termsFor(billingMonth);
                        long raw = (1 + random.nextInt(180)) * 60L;
                        long billed = billedSeconds(raw, terms.incrementMinutes(), terms.roundingMode());
                        String author = AUTHORS[random.nextInt(AUTHORS.length)];
                        worklog.setLong(1, worklogId);
                        worklog.setLong(2, issueId);
                        worklog.setString(3, author);
                        worklog.setString(4, author);
                        worklog.setLong(5, start.toEpochMilli());
                        worklog.setLong(6, billed);
                        worklog.setString(7, "generated");
                        worklog.setLong(8, now);
                        worklog.setLong(9, now);
                        worklog.addBatch();
                        int yyyymm = yyyymm(billingMonth);
                        booking.setLong(1, worklogId);
                        booking.setLong(2, issueId);
                        booking.setLong(3, project.projectId());
                        booking.setInt(4, yyyymm);
                        booking.setString(5, author);
                        booking.setLong(6, start.toEpochMilli());
                        booking.setLong(7, raw);
                        booking.setLong(8, billed);
                        booking.setString(9, level);
                        booking.setBoolean(10, false);
                        booking.setBoolean(11, false);
                        booking.setLong(12, now);
                        booking.addBatch();
                        addedMinutes.merge(new TotalKey(project.projectId(), yyyymm, level), billed / 60, Long::sum);
                        written++;
                        if (++pending == BATCH) {
                            flush(connection, issue, worklog, booking);
                            pending = 0;
                            progress("bookings", written, count, started);
                        }
                    }
                }
                flush(connection, issue, worklog, booking);
                if (written % BATCH != 0) {
                    progress("bookings", written, count, started);
                }
            }
            addToTotals(connection, addedMinutes, contractOf);
            refreshTicketTotals(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Generating bookings failed: " + e.getMessage(), e);
        }
    }

    private String randomLevel() {
        int roll = random.nextInt(10);
        return roll < 6 ? "L1" : roll < 9 ? "L2" : "L3";
    }

    static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static void flush(Connection connection, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    /**
     * Recounts the ticket totals (per project, month, level and ticket) from the active bookings, as the plugin keeps
     * them: one aggregate statement instead of a write per booking.
     */
    private static void refreshTicketTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + PluginTables.table("TICKET_TOTAL"));
            statement.executeUpdate("INSERT INTO " + PluginTables.table("TICKET_TOTAL") + " ("
                    + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY", "ISSUE_ID", "USED_MINUTES", "SUSPENDED_MINUTES")
                    + ") SELECT " + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY", "ISSUE_ID")
                    + ", SUM(CASE WHEN " + q("SUSPENDED") + " THEN 0 ELSE " + q("BILLED_SECONDS") + " / 60 END)"
                    + ", SUM(CASE WHEN " + q("SUSPENDED") + " THEN " + q("BILLED_SECONDS") + " / 60 ELSE 0 END)"
                    + " FROM " + PluginTables.table("BOOKING") + " WHERE " + q("DELETED") + " = FALSE GROUP BY "
                    + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY", "ISSUE_ID"));
        }
    }

    /**
     * Adds the generated minutes to the running totals: a project-month without totals gets its three level rows
     * (as the plugin writes them), one with totals has the minutes added to its rows.
     */
    private void addToTotals(Connection connection, Map<TotalKey, Long> addedMinutes,
            Map<Long, ContractTerms> contracts) throws SQLException {
        Set<TotalKey> existing = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY")
                     + " FROM " + PluginTables.table("LEVEL_TOTAL"))) {
            while (rows.next()) {
                existing.add(new TotalKey(rows.getLong(1), rows.getInt(2), rows.getString(3)));
            }
        }
        Map<Long, Map<Integer, Map<String, Long>>> byMonth = new HashMap<>();
        addedMinutes.forEach((key, minutes) -> byMonth.computeIfAbsent(key.projectId(), p -> new HashMap<>())
                .computeIfAbsent(key.month(), m -> new HashMap<>()).put(key.level(), minutes));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PluginTables.table("LEVEL_TOTAL")
                + " (" + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY", "USED_MINUTES", "SUSPENDED_MINUTES",
                        "AVAILABLE_MINUTES") + ") VALUES (?, ?, ?, ?, 0, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE " + PluginTables.table("LEVEL_TOTAL")
                     + " SET " + q("USED_MINUTES") + " = " + q("USED_MINUTES") + " + ? WHERE " + q("PROJECT_ID")
                     + " = ? AND " + q("BILLING_MONTH") + " = ? AND " + q("LEVEL_KEY") + " = ?")) {
            for (Map.Entry<Long, Map<Integer, Map<String, Long>>> project : byMonth.entrySet()) {
                for (Map.Entry<Integer, Map<String, Long>> month : project.getValue().entrySet()) {
                    TermsVersion terms = contracts.get(project.getKey()).termsFor(YearMonth.of(month.getKey() / 100,
                            month.getKey() % 100));
                    for (String level : LEVELS) {
                        long minutes = month.getValue().getOrDefault(level, 0L);
                        if (existing.contains(new TotalKey(project.getKey(), month.getKey(), level))) {
                            if (minutes != 0) {
                                update.setLong(1, minutes);
                                update.setLong(2, project.getKey());
                                update.setInt(3, month.getKey());
                                update.setString(4, level);
                                update.addBatch();
                            }
                        } else {
                            insert.setLong(1, project.getKey());
                            insert.setInt(2, month.getKey());
                            insert.setString(3, level);
                            insert.setLong(4, minutes);
                            insert.setLong(5, terms.contingentMinutes().get(level));
                            insert.addBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    /**
     * Recounts every project-month's used and suspended minutes from its active bookings with one aggregate query
     * and compares them with the stored running totals. Then, for {@code month} of each of {@code samples} (generated
     * projects) with bookings: the totals recounted from its booking rows as the plugin defines them
     * ({@link PluginTables#recount}) against the stored ones, and the plugin's own billing report of the month
     * ({@code GET …/billing}, which the plugin computes from the bookings) against that recount, level by level.
     * Returns how many total rows were compared.
     *
     * @throws IllegalStateException naming the first difference
     */
    public long verifyTotals(List<GeneratedProject> samples, YearMonth month) {
        Map<TotalKey, long[]> recount = new HashMap<>();
        Map<TotalKey, long[]> stored = new HashMap<>();
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT " + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY",
                    "SUSPENDED") + ", SUM(" + q("BILLED_SECONDS") + " / 60) FROM " + PluginTables.table("BOOKING")
                    + " WHERE " + q("DELETED") + " = FALSE GROUP BY " + cols("PROJECT_ID", "BILLING_MONTH",
                            "LEVEL_KEY", "SUSPENDED"))) {
                while (rows.next()) {
                    long[] minutes = recount.computeIfAbsent(new TotalKey(rows.getLong(1), rows.getInt(2),
                            rows.getString(3)), k -> new long[2]);
                    minutes[rows.getBoolean(4) ? 1 : 0] += rows.getLong(5);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT " + cols("PROJECT_ID", "BILLING_MONTH", "LEVEL_KEY",
                    "USED_MINUTES", "SUSPENDED_MINUTES") + " FROM " + PluginTables.table("LEVEL_TOTAL"))) {
                while (rows.next()) {
                    stored.put(new TotalKey(rows.getLong(1), rows.getInt(2), rows.getString(3)),
                            new long[] {rows.getLong(4), rows.getLong(5)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recounting failed: " + e.getMessage(), e);
        }
        for (Map.Entry<TotalKey, long[]> entry : recount.entrySet()) {
            long[] total = stored.get(entry.getKey());
            if (total == null || total[0] != entry.getValue()[0] || total[1] != entry.getValue()[1]) {
                throw new IllegalStateException("Totals of " + entry.getKey() + " are "
                        + (total == null ? "missing" : total[0] + " used / " + total[1] + " suspended")
                        + " but the bookings add up to " + entry.getValue()[0] + " / " + entry.getValue()[1]);
            }
        }
        for (Map.Entry<TotalKey, long[]> entry : stored.entrySet()) {
            if (!recount.containsKey(entry.getKey()) && (entry.getValue()[0] != 0 || entry.getValue()[1] != 0)) {
                throw new IllegalStateException("Totals of " + entry.getKey() + " count minutes without bookings");
            }
        }
        PluginTables tables = sandbox.tables();
        for (GeneratedProject project : samples) {
            if (tables.count(PluginTables.table("BOOKING") + " WHERE " + q("PROJECT_ID") + " = ? AND "
                    + q("BILLING_MONTH") + " = ?", project.projectId(), yyyymm(month)) == 0) {
                continue;
            }
            TreeMap<String, LevelTotalRow> recounted = tables.recount(project.projectId(), month);
            TreeMap<String, LevelTotalRow> storedTotals = tables.totals(project.projectId(), month);
            if (!recounted.equals(storedTotals)) {
                throw new IllegalStateException("The booking rows of " + project.key() + " " + month
                        + " recount to " + recounted.values() + " but the plugin stored " + storedTotals.values());
            }
            JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, project.key(), month);
            for (JsonNode line : report.path("levels")) {
                String level = line.path("level").asText();
                JsonNode figures = line.path("figures");
                long used = figures.path("inContingentMinutes").asLong() + figures.path("overageMinutes").asLong();
                long suspended = figures.path("suspendedMinutes").asLong();
                LevelTotalRow expected = recounted.get(level);
                long expectedUsed = expected == null ? 0 : expected.usedMinutes();
                long expectedSuspended = expected == null ? 0 : expected.suspendedMinutes();
                if (used != expectedUsed || suspended != expectedSuspended) {
                    throw new IllegalStateException("The plugin's billing report of " + project.key() + " " + month
                            + " counts " + used + " used / " + suspended + " suspended minutes on " + level
                            + " but its booking rows recount to " + expectedUsed + " / " + expectedSuspended);
                }
            }
        }
        return stored.size();
    }

    private long maxId(String table, String column) {
        try (Connection connection = sandbox.openConnection(new Properties());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /** Prints a line whenever another tenth of {@code total} is done (callers report at batch boundaries). */
    private void progress(String what, long done, long total, long startedNanos) {
        long tenth = Math.max(1, total / 10);
        long step = what.equals("contracts") ? Math.max(1, total / 5) : Math.max(BATCH, tenth);
        boolean crossed = done == total || (done / step) != ((done - (what.equals("contracts") ? 1 : BATCH)) / step);
        if (crossed) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            out.printf(java.util.Locale.ROOT, "  %s: %,d of %,d (%d %%) in %.1f s%n", what, done, total,
                    total == 0 ? 100 : done * 100 / total, seconds);
        }
    }

    /** A quoted identifier: AO creates its tables and columns with quoted upper-case names. */
    static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    static String cols(String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.length() == 0 ? "" : ", ").append(q(name));
        }
        return text.toString();
    }
}
