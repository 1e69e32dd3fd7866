package de.tieredsupport.contingent.sandbox;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import com.atlassian.beehive.ClusterLockService;

/**
 * How to start a {@link Sandbox}. Defaults as the Atlassian SDK: {@code http://localhost:2990/jira}, loopback only,
 * an H2 file database under {@code target/sandbox/}, demo data on first start.
 */
public final class SandboxOptions {

    public static final int DEFAULT_PORT = 2990;
    public static final String CONTEXT_PATH = "/jira";
    public static final Path DEFAULT_H2_FILE = Paths.get("target", "sandbox", "sandbox");
    /** The data directory of {@code --postgres}, kept across restarts until {@code mvn clean}. */
    public static final Path DEFAULT_POSTGRES_DIRECTORY = Paths.get("target", "sandbox", "postgres");

    /** Where the plugin's tables live. */
    public enum DatabaseKind { H2_FILE, H2_IN_MEMORY, JDBC, EMBEDDED_POSTGRES }

    static final String USAGE = String.join(System.lineSeparator(),
            "Options:",
            "  --port N            HTTP port on 127.0.0.1 (default 2990; 0 picks a free port)",
            "  --in-memory         H2 in memory: nothing is kept after stopping",
            "  --h2-file PATH      H2 database file (default target/sandbox/sandbox)",
            "  --postgres          embedded PostgreSQL (nothing to install), database sandbox, data in",
            "                      target/sandbox/postgres (kept across restarts)",
            "  --jdbc-url URL      another database, e.g. jdbc:postgresql://localhost:5432/sandbox (schema public)",
            "  --db-user USER      user for --jdbc-url",
            "  --db-password PW    password for --jdbc-url",
            "  --no-demo-data      start with empty tables",
            "  --plugin-jar PATH   the plugin jar to run (default: target/support-contingent-<version>.jar)",
            "  --help              this text");

    private int port = DEFAULT_PORT;
    private DatabaseKind database = DatabaseKind.H2_FILE;
    private Path h2File = DEFAULT_H2_FILE;
    private Path postgresDirectory = DEFAULT_POSTGRES_DIRECTORY;
    private String jdbcUrl;
    private String dbUser = "";
    private String dbPassword = "";
    private boolean demoData = true;
    private boolean pooledConnections;
    private ClusterLockService clusterLockService;
    private Path pluginJar;

    /** The defaults: port 2990, H2 file database, demo data. */
    public static SandboxOptions defaults() {
        return new SandboxOptions();
    }

    /** For tests: a free port, a private in-memory database, demo data. */
    public static SandboxOptions forTests() {
        return new SandboxOptions().port(0).inMemory();
    }

    /** Parses the command line; throws IllegalArgumentException with the problem. */
    public static SandboxOptions parse(String... args) {
        SandboxOptions options = new SandboxOptions();
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--port" -> {
                    String text = value != null ? value : next(rest, arg);
                    try {
                        options.port(Integer.parseInt(text));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, not '" + text + "'");
                    }
                }
                case "--in-memory" -> options.inMemory();
                case "--h2-file" -> options.h2File(Paths.get(value != null ? value : next(rest, arg)));
                case "--postgres" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("--postgres takes no value");
                    }
                    options.embeddedPostgres(DEFAULT_POSTGRES_DIRECTORY);
                }
                case "--jdbc-url" -> options.jdbc(value != null ? value : next(rest, arg), options.dbUser,
                        options.dbPassword);
                case "--db-user" -> options.dbUser = value != null ? value : next(rest, arg);
                case "--db-password" -> options.dbPassword = value != null ? value : next(rest, arg);
                case "--no-demo-data" -> options.demoData(false);
                case "--plugin-jar" -> options.pluginJar(Paths.get(value != null ? value : next(rest, arg)));
                case "", "--help" -> { }
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
            }
        }
        return options;
    }

    private static String next(Deque<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.removeFirst();
    }

    public SandboxOptions port(int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException("Port out of range: " + value);
        }
        port = value;
        return this;
    }

    public SandboxOptions inMemory() {
        database = DatabaseKind.H2_IN_MEMORY;
        return this;
    }

    public SandboxOptions h2File(Path file) {
        database = DatabaseKind.H2_FILE;
        h2File = file;
        return this;
    }

    /**
     * An embedded PostgreSQL server (binaries from Maven Central, see {@code testsupport.pg.EmbeddedPostgresServer})
     * on a free port of 127.0.0.1, started with the sandbox and stopped with it; the database {@code sandbox} in the
     * data directory is kept across restarts.
     */
    public SandboxOptions embeddedPostgres(Path dataDirectory) {
        database = DatabaseKind.EMBEDDED_POSTGRES;
        postgresDirectory = dataDirectory;
        return this;
    }

    public SandboxOptions jdbc(String url, String user, String password) {
        database = DatabaseKind.JDBC;
        jdbcUrl = url;
        dbUser = user == null ? "" : user;
        dbPassword = password == null ? "" : password;
        return this;
    }

    public SandboxOptions demoData(boolean value) {
        demoData = value;
        return this;
    }

    /**
     * Database connections from a pool, as Jira hands them to Active Objects, instead of a new connection per
     * statement outside transactions. Off by default; cluster tests, the data-path benchmark and the data generator
     * switch it on, since connecting to a server database for every statement would dominate their timings.
     */
    public SandboxOptions pooledConnections(boolean value) {
        pooledConnections = value;
        return this;
    }

    public boolean pooledConnections() {
        return pooledConnections;
    }

    /**
     * The cluster lock service the plugin gets; by default the single-node in-JVM fake. Sandbox nodes sharing one
     * database need a database-backed one here.
     */
    public SandboxOptions clusterLockService(ClusterLockService value) {
        clusterLockService = value;
        return this;
    }

    /** The plugin jar the sandbox installs as a bundle. */
    public SandboxOptions pluginJar(Path jar) {
        pluginJar = jar;
        return this;
    }

    /**
     * The plugin jar to run: the one set, else the system property {@code plugin.jar} (the build passes the jar it
     * just packaged), else the jar in {@code target/}. The sandbox runs the packaged plugin as Jira does, never the
     * compiled classes.
     */
    public Path pluginJar() {
        if (pluginJar != null) {
            return requireFile(pluginJar);
        }
        String property = System.getProperty("plugin.jar");
        if (property != null && !property.isBlank()) {
            return requireFile(Paths.get(property));
        }
        Path target = Paths.get("target");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("support-contingent-.*\\.jar")
                    && !f.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(SandboxOptions::noJar);
        } catch (java.io.IOException e) {
            throw noJar();
        }
    }

    private static Path requireFile(Path jar) {
        if (!java.nio.file.Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("The plugin jar " + jar.toAbsolutePath() + " does not exist; build it "
                    + "with: mvn -B package -DskipTests");
        }
        return jar;
    }

    private static IllegalArgumentException noJar() {
        return new IllegalArgumentException("No plugin jar in target/: the sandbox runs the packaged plugin as Jira "
                + "does; build it with: mvn -B package -DskipTests (mvn -Psandbox does that first)");
    }

    public int port() {
        return port;
    }

    public DatabaseKind database() {
        return database;
    }

    public Path h2File() {
        return h2File;
    }

    public Path postgresDirectory() {
        return postgresDirectory;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public boolean demoData() {
        return demoData;
    }

    public ClusterLockService clusterLockService() {
        return clusterLockService;
    }
}
