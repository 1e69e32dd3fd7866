package de.tieredsupport.contingent.testsupport.ao;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements an H2 database executes while some work runs, through H2's own query statistics
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}); its own {@code SET} and statistics reads are left out.
 */
public final class H2StatementCounter {

    private final AoTestDatabase database;

    public H2StatementCounter(AoTestDatabase database) {
        this.database = database;
    }

    /** The statements {@code work} executed, one entry per execution. */
    public List<String> statementsOf(Runnable work) {
        execute("SET QUERY_STATISTICS FALSE"); // drops earlier figures
        execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
        execute("SET QUERY_STATISTICS TRUE");
        work.run();
        List<String> executed = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                if (!sql.startsWith("SET ") && !sql.contains("INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    for (int i = 0; i < rows.getInt(2); i++) {
                        executed.add(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            execute("SET QUERY_STATISTICS FALSE");
        }
        return executed;
    }

    private void execute(String sql) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
