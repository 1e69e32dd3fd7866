package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.file.Paths;

import org.junit.Test;

import de.tieredsupport.contingent.sandbox.SandboxOptions.DatabaseKind;
import de.tieredsupport.contingent.sandbox.web.Durations;

public class SandboxOptionsTest {

    @Test
    public void defaultsAreThoseOfTheAtlassianSdk() {
        SandboxOptions options = SandboxOptions.parse();
        assertEquals(2990, options.port());
        assertEquals(DatabaseKind.H2_FILE, options.database());
        assertEquals(Paths.get("target", "sandbox", "sandbox"), options.h2File());
    }

    @Test
    public void thePluginJarIsTheOneGivenOrTheBuiltOne() throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.createTempFile("plugin", ".jar");
        try {
            assertEquals(jar, SandboxOptions.parse("--plugin-jar", jar.toString()).pluginJar());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> SandboxOptions.parse("--plugin-jar", jar + ".missing").pluginJar());
            org.junit.Assert.assertTrue(missing.getMessage(), missing.getMessage().contains("mvn -B package"));
        } finally {
            java.nio.file.Files.delete(jar);
        }
        // the build hands the tests the jar it packaged
        String built = System.getProperty("plugin.jar");
        if (built != null) {
            assertEquals(Paths.get(built), SandboxOptions.defaults().pluginJar());
        }
    }

    @Test
    public void parsesEveryOption() {
        assertEquals(8080, SandboxOptions.parse("--port", "8080").port());
        assertEquals(8081, SandboxOptions.parse("--port=8081").port());
        assertEquals(DatabaseKind.H2_IN_MEMORY, SandboxOptions.parse("--in-memory").database());
        SandboxOptions pg = SandboxOptions.parse("--jdbc-url", "jdbc:postgresql://localhost/sandbox", "--db-user",
                "jira", "--db-password", "geheim");
        assertEquals(DatabaseKind.JDBC, pg.database());
        assertEquals("jdbc:postgresql://localhost/sandbox", pg.jdbcUrl());
        assertEquals("jira", pg.dbUser());
        assertEquals("geheim", pg.dbPassword());
        SandboxOptions embedded = SandboxOptions.parse("--postgres");
        assertEquals(DatabaseKind.EMBEDDED_POSTGRES, embedded.database());
        assertEquals(Paths.get("target", "sandbox", "postgres"), embedded.postgresDirectory());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--postgres=x"));
        assertEquals(false, SandboxOptions.parse("--no-demo-data").demoData());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "zwei"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--colour"));
    }

    @Test
    public void embeddedPostgresKeepsTheSandboxDatabaseAcrossRestarts() throws Exception {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("sandbox-postgres-").resolve("postgres");
        SandboxOptions options = SandboxOptions.forTests().embeddedPostgres(directory);
        try {
            try (SandboxDatabase first = SandboxDatabase.open(options);
                 java.sql.Connection connection = first.openConnection(new java.util.Properties());
                 java.sql.Statement statement = connection.createStatement()) {
                org.junit.Assert.assertTrue(first.description, first.jdbcUrl.endsWith("/sandbox"));
                statement.execute("CREATE TABLE kept (id int)");
                statement.execute("INSERT INTO kept VALUES (42)");
            }
            try (SandboxDatabase second = SandboxDatabase.open(options);
                 java.sql.Connection connection = second.openConnection(new java.util.Properties());
                 java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
                org.junit.Assert.assertTrue(rows.next());
                assertEquals(42, rows.getInt(1));
            }
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(directory.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    public void jiraDurations() {
        assertEquals(180, Durations.parseSeconds("3m"));
        assertEquals(4800, Durations.parseSeconds("1h 20m"));
        assertEquals(4800, Durations.parseSeconds(" 1H20M "));
        assertEquals(8 * 3600, Durations.parseSeconds("1d"));
        assertEquals(5 * 8 * 3600, Durations.parseSeconds("1w"));
        assertEquals(300, Durations.parseSeconds("5"));
        assertEquals(-1, Durations.parseSeconds(""));
        assertEquals(-1, Durations.parseSeconds("3x"));
        assertEquals(-1, Durations.parseSeconds("m3"));
        assertEquals(-1, Durations.parseSeconds("3m and more"));
        assertEquals("1h 20m", Durations.format(4800));
        assertEquals("5m", Durations.format(300));
        assertEquals("0m", Durations.format(0));
        assertEquals("1m 40s", Durations.format(100));
    }
}
