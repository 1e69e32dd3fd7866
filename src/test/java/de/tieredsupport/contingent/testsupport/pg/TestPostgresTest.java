package de.tieredsupport.contingent.testsupport.pg;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.Test;

public class TestPostgresTest {

    @Test
    public void eachCallerGetsAnEmptyPrivateDatabaseThatIsDroppedAfterwards() throws SQLException {
        String firstUrl;
        try (TestPostgresDatabase first = TestPostgres.createDatabase("probe");
             TestPostgresDatabase second = TestPostgres.createDatabase("probe")) {
            firstUrl = first.jdbcUrl();
            assertFalse(first.jdbcUrl().equals(second.jdbcUrl()));
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE only_here (id int)");
            }
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.user(),
                    second.password());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_here'")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
        String name = firstUrl.substring(firstUrl.lastIndexOf('/') + 1);
        try (TestPostgresDatabase other = TestPostgres.createDatabase("probe");
             Connection connection = DriverManager.getConnection(other.jdbcUrl(), other.user(), other.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            assertEquals("dropped on close", 0, rows.getInt(1));
        }
    }

    @Test
    public void aServerUrlMayCarryCredentialsAndParameters() {
        TestPostgres.Server plain = TestPostgres.parse("jdbc:postgresql://127.0.0.1:5432/", null, null);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/sc_x", plain.url("sc_x"));
        assertEquals("contingent", plain.user());
        assertEquals("contingent", plain.password());
        assertEquals("", plain.adminDatabase());

        TestPostgres.Server full = TestPostgres.parse(
                "jdbc:postgresql://db.example:6543/admin?user=jira&password=p%26w&sslmode=disable", null, null);
        assertEquals("jdbc:postgresql://db.example:6543/sc_x?sslmode=disable", full.url("sc_x"));
        assertEquals("admin", full.adminDatabase());
        assertEquals("jira", full.user());
        assertEquals("p&w", full.password());

        TestPostgres.Server overridden = TestPostgres.parse("jdbc:postgresql://localhost?user=jira", "ci", "secret");
        assertEquals("jdbc:postgresql://localhost/sc_x", overridden.url("sc_x"));
        assertEquals("ci", overridden.user());
        assertEquals("secret", overridden.password());

        assertThrows(IllegalStateException.class, () -> TestPostgres.parse("jdbc:h2:mem:x", null, null));
    }
}
