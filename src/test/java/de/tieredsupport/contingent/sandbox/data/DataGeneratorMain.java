package de.tieredsupport.contingent.sandbox.data;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;

/**
 * {@code mvn -B -Pgenerate-data -Dgenerate.args="..."}: fills a sandbox database with generated contracts and
 * bookings (see {@link DataGenerator}), recounts the totals and prints what it did. The sandbox can then be started on
 * the same database ({@code mvn -Psandbox -Dsandbox.args="--h2-file ..."}, {@code "--postgres"} or
 * {@code "--jdbc-url ..."}).
 */
public final class DataGeneratorMain {

    static final String USAGE = String.join(System.lineSeparator(),
            "Options:",
            "  --contracts N           contracts to add (default 500)",
            "  --bookings M            worklogs with bookings to add, spread over the contracts and months (default 1000000)",
            "  --months K              months back from the current one that get bookings (default 12)",
            "  --worklogs-per-issue W  worklogs per generated issue (default 10)",
            "  --seed S                random seed (default 20261126)",
            "  --h2-file PATH          H2 database file (default target/sandbox/sandbox, the sandbox's own)",
            "  --postgres              the sandbox's embedded PostgreSQL instead (database sandbox in",
            "                          target/sandbox/postgres, as mvn -Psandbox -Dsandbox.args=--postgres uses it)",
            "  --jdbc-url URL          a PostgreSQL database instead, created if missing,",
            "                          e.g. jdbc:postgresql://127.0.0.1:5432/sc_data",
            "  --db-user U --db-password P   for --jdbc-url (default contingent / contingent)",
            "  --fresh                 delete the H2 file, the embedded PostgreSQL's data or the PostgreSQL database first");

    private DataGeneratorMain() {
    }

    public static void main(String[] args) throws Exception {
        int contracts = 500;
        long bookings = 1_000_000;
        int months = 12;
        int perIssue = 10;
        long seed = 20261126L;
        Path h2File = SandboxOptions.DEFAULT_H2_FILE;
        String jdbcUrl = null;
        boolean embeddedPostgres = false;
        String user = "contingent";
        String password = "contingent";
        boolean fresh = false;
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        try {
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                switch (arg) {
                    case "--contracts" -> contracts = Integer.parseInt(value(rest, arg));
                    case "--bookings" -> bookings = Long.parseLong(value(rest, arg));
                    case "--months" -> months = Integer.parseInt(value(rest, arg));
                    case "--worklogs-per-issue" -> perIssue = Integer.parseInt(value(rest, arg));
                    case "--seed" -> seed = Long.parseLong(value(rest, arg));
                    case "--h2-file" -> h2File = Paths.get(value(rest, arg));
                    case "--jdbc-url" -> jdbcUrl = value(rest, arg);
                    case "--postgres" -> embeddedPostgres = true;
                    case "--db-user" -> user = value(rest, arg);
                    case "--db-password" -> password = value(rest, arg);
                    case "--fresh" -> fresh = true;
                    case "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    case "" -> { }
                    default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
                }
            }
            if (contracts < 1 || bookings < 0 || months < 1 || perIssue < 1) {
                throw new IllegalArgumentException("--contracts, --months and --worklogs-per-issue must be at least 1, "
                        + "--bookings at least 0");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SandboxOptions options = jdbcUrl != null ? BenchmarkDatabase.postgres(jdbcUrl, user, password, fresh)
                : embeddedPostgres ? BenchmarkDatabase.embeddedPostgres(SandboxOptions.DEFAULT_POSTGRES_DIRECTORY, fresh)
                : BenchmarkDatabase.h2(h2File, fresh);
        long started = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(options)) {
            System.out.println("Generating " + contracts + " contracts and " + bookings + " bookings over " + months
                    + " months into " + sandbox.databaseDescription());
            DataGenerator generator = new DataGenerator(sandbox, seed, System.out);
            YearMonth current = YearMonth.now(ZoneId.of("Europe/Berlin"));
            YearMonth first = current.minusMonths(months - 1L);
            List<DataGenerator.GeneratedProject> added = generator.addContracts(contracts, first);
            generator.addBookings(bookings, added, first, current, perIssue);
            long rows = generator.verifyTotals(List.of(added.get(0), added.get(added.size() - 1)), current);
            System.out.printf(java.util.Locale.ROOT, "Done in %.1f s: totals match a recount of the bookings "
                    + "(%,d total rows compared). Projects %s to %s.%n", (System.nanoTime() - started) / 1e9, rows,
                    added.get(0).key(), added.get(added.size() - 1).key());
        }
    }

    private static String value(Deque<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.removeFirst();
    }
}
