package de.tieredsupport.contingent.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.dbcp.BasicDataSource;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJiraTables;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.pg.EmbeddedPostgresServer;

/**
 * The sandbox database: the plugin's tables (created by its own AO entities through real {@code net.java.ao},
 * named as Jira names them, see {@link PluginActiveObjects}), plus the fake Jira's issue and worklog tables.
 */
final class SandboxDatabase implements AutoCloseable {

    private static final AtomicInteger IN_MEMORY = new AtomicInteger();

    final String jdbcUrl;
    final String user;
    final String password;
    final String description;
    /** AO's entity manager on the database; the plugin's tables are created when the plugin first asks for AO. */
    final AoTestDatabase ao;
    final FakeJiraTables jiraTables;
    private final boolean h2;
    /** The pool of the fake Jira tables' connections, or null without pooling. */
    private final BasicDataSource jiraPool;
    /** The embedded PostgreSQL server of {@code --postgres}, stopped on {@link #close()}; else null. */
    private final EmbeddedPostgresServer embedded;

    private SandboxDatabase(String jdbcUrl, String user, String password, String schema, String description,
            boolean pooled) {
        this(jdbcUrl, user, password, schema, description, pooled, null);
    }

    private SandboxDatabase(String jdbcUrl, String user, String password, String schema, String description,
            boolean pooled, EmbeddedPostgresServer embedded) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.h2 = jdbcUrl.startsWith("jdbc:h2:");
        this.ao = pooled ? AoTestDatabase.pooled(jdbcUrl, user, password, schema)
                : AoTestDatabase.of(jdbcUrl, user, password, schema);
        if (pooled) {
            jiraPool = new BasicDataSource();
            jiraPool.setUrl(jdbcUrl);
            jiraPool.setUsername(user);
            jiraPool.setPassword(password);
            this.jiraTables = new FakeJiraTables(jiraPool::getConnection);
        } else {
            jiraPool = null;
            this.jiraTables = FakeJiraTables.of(jdbcUrl, user, password);
        }
        this.jiraTables.create();
    }

    /** A new connection of its own to the sandbox database (not pooled); the caller closes it. */
    Connection openConnection(java.util.Properties extra) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(extra);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /**
     * A digest of every row of the plugin's tables, to prove that a rejected request changed nothing. Rows are read
     * in primary-key order, every column as text.
     */
    String pluginTablesChecksum() {
        return pluginTablesChecksum(java.util.Set.of());
    }

    /** As {@link #pluginTablesChecksum()}, leaving out the tables named (without prefix, e.g. {@code RECON_CURSOR}). */
    String pluginTablesChecksum(java.util.Set<String> leftOut) {
        try (java.sql.Connection connection = ao.entityManager().getProvider().getConnection()) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = connection.getMetaData().getTables(null, null, ao.tablePrefix() + "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!leftOut.contains(table.substring(ao.tablePrefix().length()))) {
                        tables.add(table);
                    }
                }
            }
            java.util.Collections.sort(tables);
            for (String table : tables) {
                try (java.sql.Statement statement = connection.createStatement();
                     java.sql.ResultSet rows = statement.executeQuery(
                             "SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    digest.update(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            digest.update(String.valueOf(rows.getString(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.sql.SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static SandboxDatabase open(SandboxOptions options) {
        switch (options.database()) {
            case H2_IN_MEMORY: {
                // AO needs the schema PUBLIC on H2; DB_CLOSE_DELAY keeps the database while connections come and go
                String url = "jdbc:h2:mem:sandbox" + IN_MEMORY.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
                return new SandboxDatabase(url, "sa", "", "PUBLIC", "H2 in memory", options.pooledConnections());
            }
            case H2_FILE: {
                java.nio.file.Path file = options.h2File().toAbsolutePath();
                String url = "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
                return new SandboxDatabase(url, "sa", "", "PUBLIC", "H2 file " + file + ".mv.db",
                        options.pooledConnections());
            }
            case JDBC:
                if (options.jdbcUrl() == null || options.jdbcUrl().isBlank()) {
                    throw new IllegalArgumentException("--jdbc-url is required");
                }
                return new SandboxDatabase(options.jdbcUrl(), options.dbUser(), options.dbPassword(),
                        options.jdbcUrl().startsWith("jdbc:h2:") ? "PUBLIC" : "public", options.jdbcUrl(),
                        options.pooledConnections());
            case EMBEDDED_POSTGRES:
                return embeddedPostgres(options);
            default:
                throw new IllegalArgumentException(String.valueOf(options.database()));
        }
    }

    /** {@code --postgres}: the database {@code sandbox} on an embedded server over the kept data directory. */
    private static SandboxDatabase embeddedPostgres(SandboxOptions options) {
        java.nio.file.Path directory = options.postgresDirectory().toAbsolutePath();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true,
                directory.resolveSibling(directory.getFileName() + ".log"), false);
        try {
            server.createDatabase("sandbox", false);
            String url = server.url("sandbox");
            return new SandboxDatabase(url, EmbeddedPostgresServer.ROLE, EmbeddedPostgresServer.PASSWORD, "public",
                    url + " (embedded PostgreSQL " + server.version() + ", user " + EmbeddedPostgresServer.ROLE
                            + ", data in " + directory + ")", options.pooledConnections(), server);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            closeConnections();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private void closeConnections() {
        ao.close();
        if (jiraPool != null) {
            try {
                jiraPool.close();
            } catch (SQLException e) {
                System.err.println("Closing the connection pool: " + e.getMessage());
            }
        }
        if (h2) {
            // releases the file (or drops the in-memory database) so a restart in this JVM opens it afresh
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                System.err.println("H2 shutdown: " + e.getMessage());
            }
        }
    }
}
