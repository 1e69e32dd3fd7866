package de.tieredsupport.contingent.testsupport.pg;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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
}
