package de.tieredsupport.contingent.sandbox.data;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;

import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginTables;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueEvents;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.testsupport.pg.EmbeddedPostgresServer;

/**
 * {@code mvn -B -Pbenchmark-data -Dbenchmark.args="..."}: the plugin's data path on the sandbox (the packaged plugin
 * as an OSGi bundle, real Active Objects on H2 and PostgreSQL), reached as users reach it in Jira, each figure beside
 * two baselines measured in the same run on the same rows:
 * <ul>
 * <li><b>floor</b>: for the report two: the plain SQL that computes the report's minutes (a window function splits
 * each level's work at its availability; per ticket in, over and suspended with key and summary), and the bare
 * sums per level and ticket; for recording, the minimal writes in one transaction;</li>
 * <li><b>naive</b>: what many Jira apps do: find the month's issues, load their worklogs issue by issue through
 * Jira's worklog manager, round and sum.</li>
 * </ul>
 * Measured, as the plugin: the billing report of one project-month (10k and 100k bookings) as
 * {@code GET …/months/{month}/billing} over HTTP, the status of all contracts for a month as
 * {@code GET …/statuses?month=} over HTTP, and recording one worklog as the booking table grows to 1M rows: Jira's
 * "work logged" event for a stored worklog, handled by the plugin's listener (booking, totals and alert check under
 * the lock, the rounded time written back to Jira). <b>The plugin's report and status timings therefore include the
 * HTTP round trip on the loopback interface (Jetty, Jersey, the REST resource) and writing and parsing the JSON</b>;
 * the floors are plain SQL on a connection of their own and the naive figures read the fake Jira's tables directly,
 * so neither carries that cost. The recording timing includes the event's dispatch through the fake event publisher,
 * which delivers it twice as Jira does (the {@code IssueEvent} and the {@code IssueEventBundle} wrapping it; the
 * listener handles both; the second finds the worklog already booked), but not Jira storing the worklog,
 * which happens before (untimed), as {@code FakeWorklogManager#create} does it.
 * The plugin's classes are never called: the benchmark reaches it through HTTP, Jira's events and the database.
 * Subjects of one table are measured in turn, round after round (plugin, floors, naive), after {@code ANALYZE}; on
 * PostgreSQL the floors get a custom plan for every execution. Prints medians with min–max, ratios, and on H2 the
 * statements per use case (H2's query statistics); asserts nothing but that plugin and floors agree on the figures.
 */
public final class DataPathBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final String USAGE = String.join(System.lineSeparator(),
            "Options:",
            "  --db h2|postgres|h2,postgres   databases to measure (default h2,postgres)",
            "  --pg-url URL            PostgreSQL database to (re)create, e.g. jdbc:postgresql://127.0.0.1:5432/sc_benchmark",
            "                          (default: database sc_benchmark on an embedded PostgreSQL, data in",
            "                          target/benchmark-data/postgres)",
            "  --db-user U --db-password P    for PostgreSQL (default contingent / contingent)",
            "  --h2-file PATH          H2 database file to (re)create (default target/benchmark-data/h2)",
            "  --contracts N           contracts for the all-contracts status (default 500)",
            "  --bookings M            bookings in the table at the last recording stage (default 1000000);",
            "                          recording is measured at M/100, M/10 and M",
            "  --months K              months the generated bookings spread over (default 12)",
            "  --report-sizes A,B      bookings in the one month of each report project (default 10000,100000)",
            "  --worklogs-per-issue W  (default 10)",
            "  --changed-months K      also measure the open month's report after K closed months that all changed",
            "                          after their close, against one whose K closed months did not (default 0: skip)",
            "  --report-tickets T      tickets in each report project's month, whatever its size (default: its",
            "                          bookings / W), to see whether the report's cost follows tickets or bookings",
            "  --warmup W --runs R     per measurement of report and status (default 3 and 7)",
            "  --warmup-seconds S      warm-up time at least, per measurement (default 5)",
            "  --recordings R          recordings measured per stage, after R/2 warm-up ones (default 100)",
            "  --keep-database         keep the PostgreSQL database afterwards (default: dropped)");

    private final Options options;
    private final PrintStream out = System.out;

    private DataPathBenchmark(Options options) {
        this.options = options;
    }

    static final class Options {
        List<String> databases = List.of("h2", "postgres");
        /** null: an embedded PostgreSQL. */
        String pgUrl;
        String user = "contingent";
        String password = "contingent";
        Path h2File = Paths.get("target", "benchmark-data", "h2");
        int contracts = 500;
        long bookings = 1_000_000;
        int months = 12;
        List<Long> reportSizes = List.of(10_000L, 100_000L);
        int perIssue = 10;
        long reportTickets = 0;
        int changedMonths = 0;
        int warmup = 3;
        double warmupSeconds = 5;
        int runs = 7;
        int recordings = 100;
        boolean keepDatabase;
        long seed = 20261126L;

        static Options parse(String... args) {
            Options o = new Options();
            Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                switch (arg) {
                    case "--db" -> o.databases = List.of(value(rest, arg).split(","));
                    case "--pg-url" -> o.pgUrl = value(rest, arg);
                    case "--db-user" -> o.user = value(rest, arg);
                    case "--db-password" -> o.password = value(rest, arg);
                    case "--h2-file" -> o.h2File = Paths.get(value(rest, arg));
                    case "--contracts" -> o.contracts = Integer.parseInt(value(rest, arg));
                    case "--bookings" -> o.bookings = Long.parseLong(value(rest, arg));
                    case "--months" -> o.months = Integer.parseInt(value(rest, arg));
                    case "--report-sizes" -> o.reportSizes = Arrays.stream(value(rest, arg).split(","))
                            .map(String::trim).map(Long::valueOf).toList();
                    case "--worklogs-per-issue" -> o.perIssue = Integer.parseInt(value(rest, arg));
                    case "--report-tickets" -> o.reportTickets = Long.parseLong(value(rest, arg));
                    case "--changed-months" -> o.changedMonths = Integer.parseInt(value(rest, arg));
                    case "--warmup" -> o.warmup = Integer.parseInt(value(rest, arg));
                    case "--runs" -> o.runs = Integer.parseInt(value(rest, arg));
                    case "--warmup-seconds" -> o.warmupSeconds = Double.parseDouble(value(rest, arg));
                    case "--recordings" -> o.recordings = Integer.parseInt(value(rest, arg));
                    case "--keep-database" -> o.keepDatabase = true;
                    case "" -> { }
                    default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
                }
            }
            for (String db : o.databases) {
                if (!db.equals("h2") && !db.equals("postgres")) {
                    throw new IllegalArgumentException("--db takes h2 and/or postgres, not '" + db + "'");
                }
            }
            if (o.contracts < 1 || o.bookings < 100 || o.months < 1 || o.runs < 1 || o.warmup < 0
                    || o.recordings < 2 || o.perIssue < 1) {
                throw new IllegalArgumentException("Sizes out of range (--bookings at least 100, --runs at least 1)");
            }
            return o;
        }

        private static String value(Deque<String> rest, String option) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        warmupSeconds = options.warmupSeconds;
        new DataPathBenchmark(options).run();
    }

    private void run() throws Exception {
        if (options.databases.contains("postgres") && options.pgUrl == null) {
            // no server given: an embedded one, committing synchronously as a server does by default
            Path directory = Paths.get("target", "benchmark-data", "postgres");
            try (EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory, options.keepDatabase,
                    directory.resolveSibling("postgres.log"), true).stopAtExit()) {
                options.pgUrl = embedded.url("sc_benchmark");
                options.user = EmbeddedPostgresServer.ROLE;
                options.password = EmbeddedPostgresServer.PASSWORD;
                embeddedLabel = " (embedded, data in " + embedded.dataDirectory() + ")";
                measureAll();
            }
        } else {
            measureAll();
        }
    }

    /** Appended to the PostgreSQL label when the benchmark started an embedded server. */
    private String embeddedLabel = "";

    private void measureAll() throws Exception {
        long started = System.nanoTime();
        out.printf("Machine: %d cores, %s; JDK %s (%s)%n", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        List<String> summaries = new ArrayList<>();
        for (String db : options.databases) {
            long dbStarted = System.nanoTime();
            SandboxOptions sandboxOptions;
            String label;
            if (db.equals("h2")) {
                sandboxOptions = BenchmarkDatabase.h2(options.h2File, true);
                label = "H2 " + org.h2.engine.Constants.FULL_VERSION + " (file)";
            } else {
                sandboxOptions = BenchmarkDatabase.postgres(options.pgUrl, options.user, options.password, true);
                label = BenchmarkDatabase.postgresVersion(options.pgUrl, options.user, options.password)
                        + embeddedLabel;
            }
            out.println();
            out.println("=== " + label + " ===");
            try (Sandbox sandbox = Sandbox.start(sandboxOptions)) {
                summaries.add(new Run(sandbox, label).measure());
            } finally {
                if (db.equals("postgres") && !options.keepDatabase) {
                    BenchmarkDatabase.dropPostgres(options.pgUrl, options.user, options.password);
                }
            }
            out.printf(Locale.ROOT, "(%s: %.0f s including generation)%n", db, (System.nanoTime() - dbStarted) / 1e9);
        }
        out.println();
        out.println("=== Summary ===");
        summaries.forEach(out::println);
        out.printf(Locale.ROOT, "Total time: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** One database: generate, then measure. */
    private final class Run {

        private final Sandbox sandbox;
        private final String label;
        private final DataGenerator generator;
        private final YearMonth month = YearMonth.now(ZONE);
        private final StringBuilder summary = new StringBuilder();

        Run(Sandbox sandbox, String label) {
            this.sandbox = sandbox;
            this.label = label;
            this.generator = new DataGenerator(sandbox, options.seed, out);
        }

        String measure() throws SQLException {
            YearMonth first = month.minusMonths(options.months - 1L);
            summary.append("## ").append(label).append(System.lineSeparator());
            out.println("Generating " + options.contracts + " contracts …");
            List<DataGenerator.GeneratedProject> contracts = generator.addContracts(options.contracts, first);
            DataGenerator.GeneratedProject recording = generator.addContracts(1, first).get(0);
            generator.addBookings(1_000, List.of(recording), month, month, options.perIssue);
            try (Connection floor = sandbox.openConnection(new Properties())) {
                // recording as the table grows
                table("Recording one worklog (listener path: booking, totals and alert check under the lock)",
                        "bookings in table | plugin | floor (insert + 2 updates) | naive alert check | plugin/floor");
                // plugin and floor alternate, median and min–max of the recordings; the naive check apart
                long generated = 0;
                for (long stage : new long[] {options.bookings / 100, options.bookings / 10, options.bookings}) {
                    generator.addBookings(stage - generated, contracts, first, month, options.perIssue);
                    generated = stage;
                    long inTable = count(floor);
                    Recorder recorder = new Recorder(recording, floor);
                    Timings timings = interleavedTimed(options.recordings / 2, options.recordings,
                            List.of(recorder::plugin, recorder::floor));
                    long naive = median(1, Math.max(3, options.runs / 2), () -> naiveMonth(recording.projectId()));
                    row(String.format(Locale.ROOT, "%,d", inTable), timings.spread(0), timings.spread(1), ms(naive),
                            ratio(timings.median(0), timings.median(1)));
                }
                // the billing report
                List<DataGenerator.GeneratedProject> reportProjects = new ArrayList<>();
                for (long size : options.reportSizes) {
                    DataGenerator.GeneratedProject project = generator.addContracts(1, first).get(0);
                    int worklogsPerIssue = options.reportTickets > 0
                            ? (int) Math.max(1, size / options.reportTickets) : options.perIssue;
                    generator.addBookings(size, List.of(project), month, month, worklogsPerIssue);
                    reportProjects.add(project);
                }
                out.println("Recounting totals …");
                long rows = generator.verifyTotals(List.of(contracts.get(0), recording, reportProjects.get(0)), month);
                out.printf(Locale.ROOT, "Totals match a recount of the bookings (%,d total rows).%n", rows);
                // Fresh statistics, and a plan chosen for the actual parameters on every execution: without them the
                // floors' plans changed between runs (bulk-loaded tables without statistics, generic plans of the
                // driver's server-side prepared statements).
                analyze(floor);
                table("Billing report of one project-month (median of " + options.runs + " interleaved rounds, "
                        + "min–max in brackets)",
                        "bookings | plugin | floor: same figures in SQL | floor: sums per level and ticket | naive "
                                + "| plugin/floor (same figures) | plugin/floor (sums) | naive/plugin");
                for (int i = 0; i < reportProjects.size(); i++) {
                    long projectId = reportProjects.get(i).projectId();
                    ReportFigures plugin = reportFigures(projectId);
                    ReportFigures inSql = floorSameFigures(floor, projectId);
                    long sumsMinutes = floorByTicket(floor, projectId);
                    long naiveMinutes = naiveMonth(projectId);
                    if (!plugin.equals(inSql) || plugin.totalMinutes() != sumsMinutes
                            || naiveMinutes != sumsMinutes) {
                        throw new IllegalStateException("Report figures differ: plugin " + plugin + ", SQL " + inSql
                                + ", sums " + sumsMinutes + " min, naive " + naiveMinutes + " min");
                    }
                    Timings timings = interleaved(options.warmup, options.runs, List.of(
                            () -> reportFigures(projectId).totalMinutes(),
                            () -> floorSameFigures(floor, projectId).totalMinutes(),
                            () -> floorByTicket(floor, projectId),
                            () -> naiveMonth(projectId)));
                    row(String.format(Locale.ROOT, "%,d", options.reportSizes.get(i)), timings.spread(0),
                            timings.spread(1), timings.spread(2), timings.spread(3), ratio(timings.median(0),
                                    timings.median(1)), ratio(timings.median(0), timings.median(2)),
                            ratio(timings.median(3), timings.median(0)));
                }
                statementsPerUseCase(floor, recording, reportProjects.get(0));
                // the all-contracts status
                int statuses = sandbox.rest().statuses(FakeUsers.ADMIN, month).size();
                table("Status of all contracts for a month (" + statuses + " contracts x 3 levels, "
                        + String.format(Locale.ROOT, "%,d", monthBookings(floor)) + " bookings in the month)",
                        "plugin (running totals) | floor (aggregate over the month's bookings) | totals rows read "
                                + "| naive | plugin/floor | naive/plugin");
                long plugin = median(options.warmup, options.runs,
                        () -> sandbox.rest().statuses(FakeUsers.ADMIN, month).size());
                long aggregate = median(options.warmup, options.runs, () -> floorStatus(floor));
                long totals = median(options.warmup, options.runs, () -> totalsRows(floor));
                long naive = median(0, 1, () -> {
                    long sum = 0;
                    for (DataGenerator.GeneratedProject project : generator.registerExistingProjects()) {
                        sum += naiveMonth(project.projectId());
                    }
                    return sum;
                });
                row(ms(plugin), ms(aggregate), ms(totals), ms(naive), ratio(plugin, aggregate), ratio(naive, plugin));
                if (options.changedMonths > 0) {
                    changedClosedMonths(options.changedMonths);
                }
            }
            return summary.toString();
        }

        /**
         * The open month's report of a contract whose {@code count} closed months all changed after their close (a
         * late worklog each, so the report carries {@code count} adjustments), against the same contract shape whose
         * closed months did not change: two projects, same sizes, closed through the REST API, measured in
         * interleaved rounds.
         */
        private void changedClosedMonths(int count) {
            YearMonth firstMonth = month.minusMonths(count);
            List<DataGenerator.GeneratedProject> pair = generator.addContracts(2, firstMonth);
            long perMonth = Math.max(100, options.reportSizes.get(0) / 10);
            generator.addBookings(perMonth * (count + 1) * 2, pair, firstMonth, month, options.perIssue);
            for (YearMonth closing = firstMonth; closing.isBefore(month); closing = closing.plusMonths(1)) {
                for (DataGenerator.GeneratedProject project : pair) {
                    sandbox.rest().closeMonth(FakeUsers.ADMIN, project.key(), closing);
                }
            }
            DataGenerator.GeneratedProject changed = pair.get(1);
            FakeIssue issue = sandbox.jira().issues.findByProject(changed.projectId()).get(0);
            ApplicationUser agent = sandbox.jira().users.find(FakeUsers.AGENT);
            for (YearMonth closed = firstMonth; closed.isBefore(month); closed = closed.plusMonths(1)) {
                FakeWorklog late = sandbox.jira().worklogs.createWithoutEvent(issue, FakeUsers.AGENT,
                        closed.atDay(10).atTime(10, 0).atZone(ZONE).toInstant(), 25 * 60L, "late");
                sandbox.jira().issueEvents.worklog(FakeIssueEvents.Kind.CREATED, late, agent);
            }
            int unchangedAdjustments = sandbox.rest().billing(FakeUsers.ADMIN, pair.get(0).key(), month)
                    .path("adjustments").size();
            int changedAdjustments = sandbox.rest().billing(FakeUsers.ADMIN, changed.key(), month)
                    .path("adjustments").size();
            if (unchangedAdjustments != 0 || changedAdjustments != count) {
                throw new IllegalStateException("Expected no adjustment and " + count + ", got "
                        + unchangedAdjustments + " and " + changedAdjustments);
            }
            table("Open month's report after " + count + " closed months (" + String.format(Locale.ROOT, "%,d",
                    perMonth) + " bookings a month)", "no closed month changed | all " + count
                    + " changed after their close (" + count + " adjustments) | changed / unchanged");
            Timings timings = interleaved(options.warmup, options.runs, List.of(
                    () -> reportFigures(pair.get(0).projectId()).totalMinutes(),
                    () -> reportFigures(changed.projectId()).totalMinutes()));
            row(timings.spread(0), timings.spread(1), ratio(timings.median(1), timings.median(0)));
        }

        private void table(String title, String header) {
            String line = System.lineSeparator();
            StringBuilder text = new StringBuilder(line).append("### ").append(title).append(line).append(line)
                    .append("| ").append(header).append(" |").append(line).append("|");
            for (int i = 0; i < header.split("\\|").length; i++) {
                text.append("---:|");
            }
            out.println(text);
            summary.append(text).append(line);
        }

        private void row(String... cells) {
            String text = "| " + String.join(" | ", cells) + " |";
            out.println(text);
            summary.append(text).append(System.lineSeparator());
        }

        // ------------------------------------------------------------------ plugin

        /**
         * The billing report as a user's client gets it: {@code GET …/months/{month}/billing} over HTTP as the Jira
         * admin, the JSON parsed; returns its minutes in contingent, over it and suspended, and the tickets listed.
         */
        private ReportFigures reportFigures(long projectId) {
            JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, DataGenerator.keyOf(projectId), month);
            long in = 0;
            long over = 0;
            long suspended = 0;
            long tickets = 0;
            for (JsonNode line : report.path("levels")) {
                JsonNode figures = line.path("figures");
                in += figures.path("inContingentMinutes").asLong();
                over += figures.path("overageMinutes").asLong();
                suspended += figures.path("suspendedMinutes").asLong();
                tickets += line.path("tickets").size();
            }
            return new ReportFigures(in, over, suspended, tickets);
        }

        /** Records worklogs on one project's issues: through the plugin, or the minimal writes by hand. */
        private final class Recorder {
            private final List<FakeIssue> issues;
            private final ApplicationUser agent = sandbox.jira().users.find(FakeUsers.AGENT);
            private final Connection floor;
            private final Instant monthStart = month.atDay(1).atStartOfDay(ZONE).toInstant();
            private int next;
            private long floorWorklogId = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;

            Recorder(DataGenerator.GeneratedProject project, Connection floor) {
                this.issues = sandbox.jira().issues.findByProject(project.projectId());
                this.floor = floor;
            }

            private Instant start() {
                Instant start = Instant.now().minusSeconds(60L * (1 + next % 120));
                return start.isBefore(monthStart) ? monthStart : start;
            }

            /**
             * What Jira's worklog service does when a user logs work ({@code worklogs.create}): it stores the worklog
             * (not timed), then dispatches the "work logged" event, which the plugin's listener handles synchronously
             * (timed: the event's dispatch and the listener's booking).
             */
            long plugin() {
                FakeIssue issue = issues.get(next++ % issues.size());
                FakeWorklog worklog = sandbox.jira().worklogs.createWithoutEvent(issue, FakeUsers.AGENT, start(),
                        (7 + next % 50) * 60L, "benchmark");
                long t = System.nanoTime();
                sandbox.jira().issueEvents.worklog(FakeIssueEvents.Kind.CREATED, worklog, agent);
                return System.nanoTime() - t;
            }

            /** The least any implementation writes: the booking, its month's total, the rounded worklog time. */
            long floor() {
                FakeIssue issue = issues.get(next++ % issues.size());
                long t = System.nanoTime();
                try {
                    floor.setAutoCommit(false);
                    try (PreparedStatement booking = floor.prepareStatement("INSERT INTO " + q("BOOKING") + " ("
                            + DataGenerator.cols("WORKLOG_ID", "ISSUE_ID", "PROJECT_ID", "BILLING_MONTH", "AUTHOR_KEY",
                                    "STARTED_AT", "RAW_SECONDS", "BILLED_SECONDS", "LEVEL_KEY", "DELETED", "SUSPENDED",
                                    "UPDATED_AT") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?)");
                         PreparedStatement total = floor.prepareStatement("UPDATE " + q("LEVEL_TOTAL") + " SET "
                                 + DataGenerator.q("USED_MINUTES") + " = " + DataGenerator.q("USED_MINUTES")
                                 + " + ? WHERE " + DataGenerator.q("PROJECT_ID") + " = ? AND "
                                 + DataGenerator.q("BILLING_MONTH") + " = ? AND " + DataGenerator.q("LEVEL_KEY")
                                 + " = ?");
                         PreparedStatement worklog = floor.prepareStatement(
                                 "UPDATE SANDBOX_JIRA_WORKLOG SET TIME_SPENT = TIME_SPENT WHERE ID = ?")) {
                        booking.setLong(1, floorWorklogId++);
                        booking.setLong(2, issue.getId());
                        booking.setLong(3, issue.getProjectId());
                        booking.setInt(4, month.getYear() * 100 + month.getMonthValue());
                        booking.setString(5, FakeUsers.AGENT);
                        booking.setLong(6, start().toEpochMilli());
                        booking.setLong(7, 7 * 60);
                        booking.setLong(8, 10 * 60);
                        booking.setString(9, issue.supportLevelKey());
                        booking.setLong(10, System.currentTimeMillis());
                        booking.executeUpdate();
                        total.setLong(1, 10);
                        total.setLong(2, issue.getProjectId());
                        total.setInt(3, month.getYear() * 100 + month.getMonthValue());
                        total.setString(4, issue.supportLevelKey());
                        total.executeUpdate();
                        worklog.setLong(1, DataGenerator.FIRST_WORKLOG_ID);
                        worklog.executeUpdate();
                    }
                    floor.commit();
                    floor.setAutoCommit(true);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return System.nanoTime() - t;
            }
        }

        // ------------------------------------------------------------------ floor

        private String q(String table) {
            return PluginTables.table(table);
        }

        private int yyyymm() {
            return month.getYear() * 100 + month.getMonthValue();
        }

        private long floorByTicket(Connection connection, long projectId) {
            return sum(connection, "SELECT " + DataGenerator.cols("LEVEL_KEY", "ISSUE_ID") + ", SUM("
                    + DataGenerator.q("BILLED_SECONDS") + ") FROM " + q("BOOKING") + " WHERE "
                    + DataGenerator.q("PROJECT_ID") + " = ? AND " + DataGenerator.q("BILLING_MONTH") + " = ? AND "
                    + DataGenerator.q("DELETED") + " = FALSE GROUP BY " + DataGenerator.cols("LEVEL_KEY", "ISSUE_ID"),
                    3, projectId, yyyymm()) / 60;
        }

        /**
         * The plain SQL that computes the report's minutes (not its money): per level, the running sum of the
         * consuming bookings in (start, worklog id) order against the level's availability splits each booking into
         * in-contingent and over; per ticket in, over and suspended minutes with the ticket's key and summary.
         */
        private ReportFigures floorSameFigures(Connection connection, long projectId) {
            String c = "b." + DataGenerator.q("BILLED_SECONDS") + " / 60";
            String consuming = "CASE WHEN b." + DataGenerator.q("SUSPENDED") + " THEN 0 ELSE " + c + " END";
            String sql = "WITH run AS (SELECT b." + DataGenerator.q("LEVEL_KEY") + " AS lvl, b."
                    + DataGenerator.q("ISSUE_ID") + " AS issue, " + consuming + " AS m, CASE WHEN b."
                    + DataGenerator.q("SUSPENDED") + " THEN " + c + " ELSE 0 END AS s, SUM(" + consuming
                    + ") OVER (PARTITION BY b." + DataGenerator.q("LEVEL_KEY") + " ORDER BY b."
                    + DataGenerator.q("STARTED_AT") + ", b." + DataGenerator.q("WORKLOG_ID")
                    + " ROWS UNBOUNDED PRECEDING) AS upto, t." + DataGenerator.q("AVAILABLE_MINUTES") + " AS avail"
                    + " FROM " + q("BOOKING") + " b JOIN " + q("LEVEL_TOTAL") + " t ON t."
                    + DataGenerator.q("PROJECT_ID") + " = b." + DataGenerator.q("PROJECT_ID") + " AND t."
                    + DataGenerator.q("BILLING_MONTH") + " = b." + DataGenerator.q("BILLING_MONTH") + " AND t."
                    + DataGenerator.q("LEVEL_KEY") + " = b." + DataGenerator.q("LEVEL_KEY") + " WHERE b."
                    + DataGenerator.q("PROJECT_ID") + " = ? AND b." + DataGenerator.q("BILLING_MONTH")
                    + " = ? AND b." + DataGenerator.q("DELETED") + " = FALSE), "
                    + "tickets AS (SELECT lvl, issue, SUM(GREATEST(0, LEAST(m, avail - (upto - m)))) AS in_m, "
                    + "SUM(m) AS used_m, SUM(s) AS susp_m FROM run GROUP BY lvl, issue) "
                    + "SELECT t.lvl, i.ISSUE_KEY, i.SUMMARY, t.in_m, t.used_m - t.in_m, t.susp_m FROM tickets t "
                    + "JOIN SANDBOX_JIRA_ISSUE i ON i.ID = t.issue";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, projectId);
                statement.setInt(2, yyyymm());
                long in = 0;
                long over = 0;
                long suspended = 0;
                long tickets = 0;
                long keyAndSummaryChars = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        keyAndSummaryChars += rows.getString(2).length() + rows.getString(3).length();
                        in += rows.getLong(4);
                        over += rows.getLong(5);
                        suspended += rows.getLong(6);
                        tickets++;
                    }
                }
                if (keyAndSummaryChars < 0) {
                    throw new IllegalStateException();
                }
                return new ReportFigures(in, over, suspended, tickets);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Statistics for the planner after the bulk load; on PostgreSQL a custom plan for every execution. */
        private void analyze(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
                if (isPostgres(connection)) {
                    statement.execute("SET plan_cache_mode = force_custom_plan");
                }
            }
        }

        /**
         * Statements per use case, counted with H2's query statistics (PostgreSQL runs the same statements of the same
         * code; its statistics extension is not part of the embedded server): the plugin's (on its {@code AO_} tables)
         * and the fake Jira's ({@code SANDBOX_JIRA_}) apart.
         */
        private void statementsPerUseCase(Connection connection, DataGenerator.GeneratedProject recordingProject,
                DataGenerator.GeneratedProject reportProject) throws SQLException {
            if (isPostgres(connection)) {
                return;
            }
            table("Statements per use case (H2's query statistics; each use case once, after the measurements)",
                    "use case | plugin tables | Jira tables");
            Recorder recorder = new Recorder(recordingProject, connection);
            long[] counts = countStatements(connection, recorder::plugin);
            row("recording one worklog (both event deliveries)", Long.toString(counts[0]), Long.toString(counts[1]));
            counts = countStatements(connection, () -> reportFigures(reportProject.projectId()).totalMinutes());
            row("billing report, " + String.format(Locale.ROOT, "%,d", options.reportSizes.get(0)) + " bookings",
                    Long.toString(counts[0]), Long.toString(counts[1]));
            counts = countStatements(connection, () -> sandbox.rest().statuses(FakeUsers.ADMIN, month).size());
            row("status of all contracts", Long.toString(counts[0]), Long.toString(counts[1]));
        }

        private long[] countStatements(Connection connection, LongSupplier useCase) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET QUERY_STATISTICS FALSE");
                statement.execute("SET QUERY_STATISTICS TRUE");
                useCase.getAsLong();
                long plugin = 0;
                long jira = 0;
                try (ResultSet rows = statement.executeQuery(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rows.next()) {
                        String sql = rows.getString(1).toUpperCase(Locale.ROOT);
                        if (sql.contains("INFORMATION_SCHEMA") || sql.startsWith("SET ")) {
                            continue;
                        }
                        if (sql.contains(PluginTables.PREFIX)) {
                            plugin += rows.getLong(2);
                        } else if (sql.contains("SANDBOX_JIRA_")) {
                            jira += rows.getLong(2);
                        }
                    }
                }
                statement.execute("SET QUERY_STATISTICS FALSE");
                return new long[] {plugin, jira};
            }
        }

        private boolean isPostgres(Connection connection) throws SQLException {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }

        private long floorStatus(Connection connection) {
            return sum(connection, "SELECT " + DataGenerator.cols("PROJECT_ID", "LEVEL_KEY") + ", SUM("
                    + DataGenerator.q("BILLED_SECONDS") + ") FROM " + q("BOOKING") + " WHERE "
                    + DataGenerator.q("BILLING_MONTH") + " = ? AND " + DataGenerator.q("DELETED") + " = FALSE AND "
                    + DataGenerator.q("SUSPENDED") + " = FALSE GROUP BY " + DataGenerator.cols("PROJECT_ID",
                            "LEVEL_KEY"), 3, yyyymm());
        }

        private long totalsRows(Connection connection) {
            return sum(connection, "SELECT " + DataGenerator.cols("PROJECT_ID", "LEVEL_KEY", "USED_MINUTES",
                    "SUSPENDED_MINUTES", "AVAILABLE_MINUTES") + " FROM " + q("LEVEL_TOTAL") + " WHERE "
                    + DataGenerator.q("BILLING_MONTH") + " = ?", 3, yyyymm());
        }

        private long monthBookings(Connection connection) {
            return sum(connection, "SELECT COUNT(*) FROM " + q("BOOKING") + " WHERE "
                    + DataGenerator.q("BILLING_MONTH") + " = ?", 1, yyyymm());
        }

        private long count(Connection connection) {
            return sum(connection, "SELECT COUNT(*) FROM " + q("BOOKING"), 1);
        }

        /** Runs the query, reads every row, returns the sum of column {@code column}. */
        private long sum(Connection connection, String sql, int column, Object... parameters) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                long sum = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sum += rows.getLong(column);
                    }
                }
                return sum;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        // ------------------------------------------------------------------ naive

        /**
         * The month's billed minutes as a Jira app without its own tables gets them: one search for the project's
         * issues with work in the month (standing in for a JQL search; the issues are then read in bulk), then Jira's
         * worklog manager issue by issue,
         * each worklog rounded up to 5 minutes, summed per level (the ticket's level now).
         */
        private long naiveMonth(long projectId) {
            long from = month.atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
            long to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
            List<Long> issueIds = new ArrayList<>();
            try (Connection connection = sandbox.jira().tables.open();
                 PreparedStatement search = connection.prepareStatement("SELECT DISTINCT i.ID FROM SANDBOX_JIRA_ISSUE i "
                         + "JOIN SANDBOX_JIRA_WORKLOG w ON w.ISSUE_ID = i.ID WHERE i.PROJECT_ID = ? "
                         + "AND w.START_MILLIS >= ? AND w.START_MILLIS < ?")) {
                search.setLong(1, projectId);
                search.setLong(2, from);
                search.setLong(3, to);
                try (ResultSet rows = search.executeQuery()) {
                    while (rows.next()) {
                        issueIds.add(rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Long> byLevel = new HashMap<>();
            for (com.atlassian.jira.issue.Issue found : sandbox.jira().issues.getIssueObjects(issueIds)) {
                FakeIssue issue = (FakeIssue) found;
                String level = issue.supportLevelKey() == null ? "L1" : issue.supportLevelKey();
                for (Worklog worklog : sandbox.jira().worklogs.getByIssue(issue)) {
                    long start = worklog.getStartDate().getTime();
                    if (start >= from && start < to) {
                        long seconds = worklog.getTimeSpent();
                        byLevel.merge(level, (seconds + 299) / 300 * 5, Long::sum);
                    }
                }
            }
            return byLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    // ------------------------------------------------------------------ timing

    /** Seconds of warm-up at least, besides the warm-up calls: the JIT needs many calls for AO's and H2's paths. */
    private static double warmupSeconds = 5;

    /**
     * Median wall time of {@code runs} calls after warm-up ({@code warmup} calls and at least {@link #warmupSeconds},
     * at most 500 calls); each call returns something to consume.
     */
    private static long median(int warmup, int runs, LongSupplier work) {
        long sink = 0;
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < 500 && (i < warmup || System.nanoTime() < until); i++) {
            sink += work.getAsLong();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            sink += work.getAsLong();
            times[i] = System.nanoTime() - t;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    /**
     * As {@link #interleaved}, for subjects that time only their own part and return that duration; warm-up:
     * {@code warmup} rounds and at least {@link #warmupSeconds}.
     */
    private static Timings interleavedTimed(int warmup, int rounds, List<LongSupplier> timed) {
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < 500 && (i < warmup || System.nanoTime() < until); i++) {
            timed.forEach(LongSupplier::getAsLong);
        }
        int n = timed.size();
        long[][] nanos = new long[n][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int subject = (round + k) % n;
                nanos[subject][round] = timed.get(subject).getAsLong();
            }
        }
        return new Timings(nanos);
    }

    /** A report's minutes as the plugin and the SQL floor compute them. */
    record ReportFigures(long inContingent, long overage, long suspended, long tickets) {
        long totalMinutes() {
            return inContingent + overage + suspended;
        }
    }

    /** Wall times of several subjects measured in the same rounds. */
    record Timings(long[][] nanos) {
        long median(int subject) {
            long[] sorted = nanos[subject].clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        /** "median (min–max)". */
        String spread(int subject) {
            long[] times = nanos[subject];
            long min = Arrays.stream(times).min().orElseThrow();
            long max = Arrays.stream(times).max().orElseThrow();
            return ms(median(subject)) + " (" + ms(min).replace(" ms", "") + "–" + ms(max) + ")";
        }
    }

    /**
     * Measures the subjects in turn, round after round, the order rotated each round, so that a change of the machine's
     * load, the caches or a query plan during the run hits every subject alike. Warm-up: {@code warmup} rounds and at
     * least {@link #warmupSeconds}.
     */
    private static Timings interleaved(int warmup, int rounds, List<LongSupplier> subjects) {
        long sink = 0;
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < 500 && (i < warmup || System.nanoTime() < until); i++) {
            for (LongSupplier subject : subjects) {
                sink += subject.getAsLong();
            }
        }
        int n = subjects.size();
        long[][] nanos = new long[n][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int subject = (round + k) % n;
                long t = System.nanoTime();
                sink += subjects.get(subject).getAsLong();
                nanos[subject][round] = System.nanoTime() - t;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        return new Timings(nanos);
    }

    private static String ms(long nanos) {
        double millis = nanos / 1e6;
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : millis < 100 ? "%.1f ms" : "%.0f ms", millis);
    }

    private static String ratio(long a, long b) {
        return String.format(Locale.ROOT, "%.1f×", (double) a / b);
    }

    private static String cpuModel() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
        return "unknown CPU";
    }
}
