package de.tieredsupport.contingent.testsupport.pg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests run against. Each caller gets its own fresh database, dropped on
 * {@link TestPostgresDatabase#close()}; the PostgreSQL tests never skip.
 *
 * <p>By default an {@link EmbeddedPostgresServer embedded PostgreSQL} from Maven Central: one per test JVM, started
 * on first use, stopped when the JVM exits, its data in a temporary directory under {@code java.io.tmpdir/embedded-pg}
 * and its log in {@code target/test-postgres/}. Nothing has to be installed.
 *
 * <p>{@code SC_TEST_POSTGRES_URL} names a server to use instead, e.g. {@code jdbc:postgresql://127.0.0.1:5432/} (the one
 * {@code .ci/postgres} starts); user and password come from {@code SC_TEST_POSTGRES_USER} and
 * {@code SC_TEST_POSTGRES_PASSWORD}, else from the URL's {@code user} and {@code password} parameters, else
 * {@code contingent}/{@code contingent}. The role needs the right to create databases. A database named in the URL
 * is used only to connect for creating and dropping the test databases; other URL parameters are kept.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "SC_TEST_POSTGRES_URL";
    private static final String USER_VARIABLE = "SC_TEST_POSTGRES_USER";
    private static final String PASSWORD_VARIABLE = "SC_TEST_POSTGRES_PASSWORD";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static Server server;
    private static IllegalStateException unavailable;

    private TestPostgres() {
    }

    /** Where the tests' databases are: a server URL and the credentials of a role that may create databases. */
    record Server(String serverUrl, String adminDatabase, String parameters, String user, String password,
            String description) {

        String url(String database) {
            return serverUrl + database + parameters;
        }
    }

    /** A new empty database owned by the test role; {@code purpose} becomes part of its name. */
    public static TestPostgresDatabase createDatabase(String purpose) {
        Server target = server();
        String name = ("sc_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection admin = adminConnection(target); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create PostgreSQL database " + name + " on "
                    + target.description(), e);
        }
        return new TestPostgresDatabase(target.url(name), target.user(), target.password(), () -> drop(target, name));
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        if (unavailable != null) {
            throw new IllegalStateException(unavailable.getMessage(), unavailable);
        }
        try {
            String url = System.getenv(URL_VARIABLE);
            server = url == null || url.isBlank() ? embedded() : given(url.trim());
            return server;
        } catch (IllegalStateException e) {
            unavailable = e;
            throw e;
        }
    }

    private static Server embedded() {
        Path directory = Paths.get(System.getProperty("ot.epg.working-dir",
                Paths.get(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()))
                .resolve("sc-tests-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Path log = Paths.get("target", "test-postgres", "server-" + ProcessHandle.current().pid() + ".log");
        EmbeddedPostgresServer embedded;
        try {
            embedded = EmbeddedPostgresServer.start(directory, false, log, false).stopAtExit();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The PostgreSQL tests need a PostgreSQL server. " + e.getMessage()
                    + System.lineSeparator() + "Point " + URL_VARIABLE + " at a server instead, e.g. "
                    + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/ with a role contingent/contingent that may "
                    + "create databases (.ci/postgres sets up Debian's server so; other credentials in "
                    + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ").", e);
        }
        return new Server(embedded.serverUrl(), "postgres", "", EmbeddedPostgresServer.ROLE,
                EmbeddedPostgresServer.PASSWORD, embedded.toString());
    }

    /** The server {@code SC_TEST_POSTGRES_URL} names, if it answers. */
    private static Server given(String url) {
        Server given = parse(url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
        try (Connection ignored = adminConnection(given)) {
            return given;
        } catch (SQLException e) {
            throw new IllegalStateException("No connection to the PostgreSQL server of " + given.description() + " ("
                    + e.getMessage() + "). Start it (.ci/postgres does so for Debian's PostgreSQL), fix " + URL_VARIABLE
                    + ", or unset it to run the tests on the embedded PostgreSQL.", e);
        }
    }

    /**
     * {@code jdbc:postgresql://host[:port][/[database]][?parameters]}, as {@code SC_TEST_POSTGRES_URL} gives it; a
     * user or password given apart (the environment's, may be null) wins over the URL's.
     */
    static Server parse(String url, String userGiven, String passwordGiven) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalStateException(URL_VARIABLE + " must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/, not " + url);
        }
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        int slash = head.indexOf('/', prefix.length());
        String serverUrl = slash < 0 ? head + "/" : head.substring(0, slash + 1);
        String database = slash < 0 ? "" : head.substring(slash + 1);
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (parameter.startsWith("user=")) {
                    user = URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
                } else if (parameter.startsWith("password=")) {
                    password = URLDecoder.decode(parameter.substring(9), StandardCharsets.UTF_8);
                } else if (!parameter.isEmpty()) {
                    kept.add(parameter);
                }
            }
        }
        user = orElse(userGiven, orElse(user, "contingent"));
        password = orElse(passwordGiven, orElse(password, "contingent"));
        return new Server(serverUrl, database, kept.isEmpty() ? "" : "?" + String.join("&", kept), user, password,
                URL_VARIABLE + "=" + serverUrl + database + " as " + user);
    }

    private static void drop(Server target, String name) {
        try (Connection admin = adminConnection(target); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("cannot drop PostgreSQL database " + name + ": " + e.getMessage());
        }
    }

    private static Connection adminConnection(Server target) throws SQLException {
        if (!target.adminDatabase().isEmpty()) {
            return DriverManager.getConnection(target.url(target.adminDatabase()), target.user(), target.password());
        }
        // the role's own database, as .ci/postgres creates it; "postgres" for other servers
        try {
            return DriverManager.getConnection(target.url(target.user()), target.user(), target.password());
        } catch (SQLException noOwnDatabase) {
            return DriverManager.getConnection(target.url("postgres"), target.user(), target.password());
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
