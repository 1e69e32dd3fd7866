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
        assertEquals(Sandbox.REST_PACKAGE, options.restPackage());
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
        assertEquals(false, SandboxOptions.parse("--no-demo-data").demoData());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "zwei"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--colour"));
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
