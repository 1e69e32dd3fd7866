package de.tieredsupport.contingent.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;

/**
 * Read-only SQL on the plugin's Active Objects tables ({@code AO_59A0F7_*}), for the sandbox's pages and tests that
 * check what the plugin stored: what a database administrator could query in Jira. Column names follow AO's
 * Atlassian converters (e.g. {@code WORKLOG_ID}); the plugin's own classes are never used for it.
 */
public final class PluginTables {

    /** One row of the booking table. */
    public record BookingRow(long worklogId, long issueId, long projectId, YearMonth month, String authorKey,
            Instant start, long rawSeconds, long billedSeconds, String level, boolean deleted, boolean suspended) {
    }

    /** Stored running totals of one level in one month. */
    public record LevelTotalRow(String level, long usedMinutes, long suspendedMinutes, long availableMinutes) {
    }

    /** The prefix of the plugin's table names, as Jira derives it from the plugin key. */
    public static final String PREFIX = AoTestDatabase.tablePrefixFor(AoTestDatabase.PLUGIN_NAMESPACE);

    private final Sandbox sandbox;

    PluginTables(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** The quoted name of a plugin table, e.g. {@code "AO_59A0F7_BOOKING"}. */
    public static String table(String name) {
        return "\"" + PREFIX + name + "\"";
    }

    /** The booking of a worklog, deleted ones included. */
    public Optional<BookingRow> booking(long worklogId) {
        List<BookingRow> rows = bookings("WHERE \"WORKLOG_ID\" = ?", worklogId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The bookings of a project's month (deleted ones included), by worklog id. */
    public List<BookingRow> bookings(long projectId, YearMonth month) {
        return bookings("WHERE \"PROJECT_ID\" = ? AND \"BILLING_MONTH\" = ? ORDER BY \"WORKLOG_ID\"", projectId,
                yyyymm(month));
    }

    /** Stored totals of a project's month per level key; empty if none are stored. */
    public TreeMap<String, LevelTotalRow> totals(long projectId, YearMonth month) {
        TreeMap<String, LevelTotalRow> totals = new TreeMap<>();
        query("SELECT \"LEVEL_KEY\", \"USED_MINUTES\", \"SUSPENDED_MINUTES\", \"AVAILABLE_MINUTES\" FROM "
                + table("LEVEL_TOTAL") + " WHERE \"PROJECT_ID\" = ? AND \"BILLING_MONTH\" = ?", rows -> {
                    while (rows.next()) {
                        totals.put(rows.getString(1), new LevelTotalRow(rows.getString(1), rows.getLong(2),
                                rows.getLong(3), rows.getLong(4)));
                    }
                    return null;
                }, projectId, yyyymm(month));
        return totals;
    }

    /**
     * Totals recounted from the booking rows as the plugin defines them: per level, the billed minutes of active
     * bookings, apart for suspended ones; the available minutes are the stored ones (0 where none are stored). Levels
     * without bookings or stored totals are absent.
     */
    public TreeMap<String, LevelTotalRow> recount(long projectId, YearMonth month) {
        TreeMap<String, LevelTotalRow> stored = totals(projectId, month);
        TreeMap<String, long[]> sums = new TreeMap<>();
        for (BookingRow booking : bookings(projectId, month)) {
            if (!booking.deleted()) {
                long[] sum = sums.computeIfAbsent(booking.level(), l -> new long[2]);
                sum[booking.suspended() ? 1 : 0] += booking.billedSeconds() / 60;
            }
        }
        TreeMap<String, LevelTotalRow> recounted = new TreeMap<>();
        java.util.Set<String> levels = new java.util.TreeSet<>(stored.keySet());
        levels.addAll(sums.keySet());
        for (String level : levels) {
            long[] sum = sums.getOrDefault(level, new long[2]);
            LevelTotalRow saved = stored.get(level);
            recounted.put(level, new LevelTotalRow(level, sum[0], sum[1], saved == null ? 0 : saved.availableMinutes()));
        }
        return recounted;
    }

    /** Whether the month of the project is closed. */
    public boolean closed(long projectId, YearMonth month) {
        return count(table("MONTH_CLOSE") + " WHERE \"PROJECT_ID\" = ? AND \"BILLING_MONTH\" = ?", projectId,
                yyyymm(month)) > 0;
    }

    /** The number of projects with contract terms. */
    public long contracts() {
        return query("SELECT COUNT(DISTINCT \"PROJECT_ID\") FROM " + table("CONTRACT_TERMS"), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** {@code SELECT COUNT(*) FROM} the rest, e.g. {@code table("BOOKING") + " WHERE …"}. */
    public long count(String fromAndWhere, Object... parameters) {
        return query("SELECT COUNT(*) FROM " + fromAndWhere, rows -> {
            rows.next();
            return rows.getLong(1);
        }, parameters);
    }

    static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private List<BookingRow> bookings(String where, Object... parameters) {
        return query("SELECT \"WORKLOG_ID\", \"ISSUE_ID\", \"PROJECT_ID\", \"BILLING_MONTH\", \"AUTHOR_KEY\", "
                + "\"STARTED_AT\", \"RAW_SECONDS\", \"BILLED_SECONDS\", \"LEVEL_KEY\", \"DELETED\", \"SUSPENDED\" FROM "
                + table("BOOKING") + " " + where, rows -> {
                    List<BookingRow> found = new ArrayList<>();
                    while (rows.next()) {
                        int month = rows.getInt(4);
                        found.add(new BookingRow(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                                YearMonth.of(month / 100, month % 100), rows.getString(5),
                                Instant.ofEpochMilli(rows.getLong(6)), rows.getLong(7), rows.getLong(8),
                                rows.getString(9), rows.getBoolean(10), rows.getBoolean(11)));
                    }
                    return found;
                }, parameters);
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> reader, Object... parameters) {
        try (Connection connection = sandbox.openConnection(new Properties());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the plugin's tables failed: " + sql, e);
        }
    }
}
