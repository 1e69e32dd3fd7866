package de.tieredsupport.contingent.sandbox.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import de.tieredsupport.contingent.sandbox.SandboxOptions;

/**
 * Where generated data goes: an H2 file, the sandbox's embedded PostgreSQL or a PostgreSQL database, created (or
 * recreated) on request.
 */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    /** Sandbox options for an H2 file database; {@code fresh} deletes the file first. */
    static SandboxOptions h2(Path file, boolean fresh) throws IOException {
        if (fresh) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                String name = file.getFileName().toString();
                try (Stream<Path> files = Files.list(parent)) {
                    for (Path old : files.filter(f -> f.getFileName().toString().startsWith(name + "."))
                            .sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(old);
                    }
                }
            }
        }
        // H2 would hand back the cached result of a repeated query on unchanged tables; measure real work instead
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
                + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        return SandboxOptions.defaults().port(0).demoData(false).pooledConnections(true).jdbc(url, "sa", "");
    }

    /**
     * Sandbox options for the embedded PostgreSQL on {@code directory} (the sandbox starts and stops it);
     * {@code fresh} deletes its data first.
     */
    static SandboxOptions embeddedPostgres(Path directory, boolean fresh) throws IOException {
        if (fresh && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path old : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(old);
                }
            }
        }
        return SandboxOptions.defaults().port(0).demoData(false).pooledConnections(true).embeddedPostgres(directory);
    }

    /**
     * Sandbox options for a PostgreSQL database given by its JDBC URL; the database is created if it does not exist,
     * or dropped and created again when {@code fresh}. The role needs the right to create databases.
     */
    static SandboxOptions postgres(String url, String user, String password, boolean fresh) throws SQLException {
        String name = databaseName(url);
        try (Connection admin = adminConnection(url, user, password); Statement statement = admin.createStatement()) {
            boolean exists;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (exists && fresh) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
                exists = false;
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        return SandboxOptions.defaults().port(0).demoData(false).pooledConnections(true).jdbc(url, user, password);
    }

    static void dropPostgres(String url, String user, String password) throws SQLException {
        try (Connection admin = adminConnection(url, user, password); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName(url) + " WITH (FORCE)");
        }
    }

    /** The server's version as it reports it, e.g. {@code PostgreSQL 15.18 (Debian …)}. */
    static String postgresVersion(String url, String user, String password) throws SQLException {
        try (Connection admin = adminConnection(url, user, password); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String databaseName(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        String path = url.substring(url.lastIndexOf('/') + 1);
        int parameters = path.indexOf('?');
        String name = parameters < 0 ? path : path.substring(0, parameters);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Use a database name of lower-case letters, digits and _: " + url);
        }
        return name;
    }

    private static Connection adminConnection(String url, String user, String password) throws SQLException {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try {
            return DriverManager.getConnection(server + "postgres", user, password);
        } catch (SQLException noPostgresDatabase) {
            return DriverManager.getConnection(server + user, user, password);
        }
    }
}
