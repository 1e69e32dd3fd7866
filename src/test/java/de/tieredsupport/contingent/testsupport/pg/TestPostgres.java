package de.tieredsupport.contingent.testsupport.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Assume;

/**
 * The PostgreSQL server the tests run against: {@code .ci/postgres} starts Debian's cluster on 127.0.0.1:5432 with
 * the role {@code contingent} (password {@code contingent}, may create databases). Each caller gets its own fresh
 * database, dropped on {@link TestPostgresDatabase#close()}.
 *
 * <p>Environment: {@code SC_TEST_POSTGRES_URL} (server URL ending in {@code /}), {@code SC_TEST_POSTGRES_USER},
 * {@code SC_TEST_POSTGRES_PASSWORD} override the defaults. Without a reachable server the PostgreSQL tests are
 * skipped, unless {@code SC_REQUIRE_POSTGRES} is set (as {@code .ci/run} does), in which case they fail.
 */
public final class TestPostgres {

    private static final String SERVER_URL = env("SC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("SC_TEST_POSTGRES_USER", "contingent");
    private static final String PASSWORD = env("SC_TEST_POSTGRES_PASSWORD", "contingent");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static volatile String unavailableReason;
    private static volatile boolean probed;

    private TestPostgres() {
    }

    /** Skips the calling test when no server answers, or fails it when {@code SC_REQUIRE_POSTGRES} is set. */
    public static void assumeAvailable() {
        String reason = unavailableReason();
        if (reason == null) {
            return;
        }
        if (System.getenv("SC_REQUIRE_POSTGRES") != null) {
            throw new AssertionError("PostgreSQL is required (SC_REQUIRE_POSTGRES) but " + reason
                    + "; run .ci/postgres");
        }
        Assume.assumeTrue("PostgreSQL not available: " + reason, false);
    }

    /** A new empty database owned by the test role; {@code purpose} becomes part of its name. */
    public static TestPostgresDatabase createDatabase(String purpose) {
        assumeAvailable();
        String name = ("sc_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
        }
        return new TestPostgresDatabase(SERVER_URL + name, USER, PASSWORD, () -> drop(name));
    }

    private static void drop(String name) {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("cannot drop PostgreSQL database " + name + ": " + e.getMessage());
        }
    }

    private static Connection adminConnection() throws SQLException {
        // the role's own database, as created by .ci/postgres; "postgres" as a fallback for other servers
        try {
            return DriverManager.getConnection(SERVER_URL + USER, USER, PASSWORD);
        } catch (SQLException noOwnDatabase) {
            return DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD);
        }
    }

    private static String unavailableReason() {
        if (!probed) {
            synchronized (TestPostgres.class) {
                if (!probed) {
                    try (Connection ignored = adminConnection()) {
                        unavailableReason = null;
                    } catch (SQLException e) {
                        unavailableReason = "no connection to " + SERVER_URL + " as " + USER + " (" + e.getMessage()
                                + ")";
                    }
                    probed = true;
                }
            }
        }
        return unavailableReason;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
