package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.ao.entity.FiredAlertEntity;
import de.tieredsupport.contingent.ao.entity.LevelTotalEntity;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The plugin's tables as Jira's AO plugin would create them, checked against AO's naming rules. */
public class SchemaTest {

    /** Words Jira's AO plugin rejects as table or column names (its Oracle reserved-word validator). */
    private static final Set<String> RESERVED = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");

    private AoTestDatabase database;
    private EntityManager ao;

    @Before
    public void migrate() throws Exception {
        database = AoTestDatabase.inMemoryH2();
        ao = database.entityManager();
        ao.migrate(Entities.all());
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void everyEntityGetsAPrefixedTableWithinThirtyCharacters() throws Exception {
        TreeMap<String, List<String>> tables = tablesAndColumns();
        assertEquals(Entities.all().length, tables.size());
        for (var table : tables.entrySet()) {
            assertTrue(table.getKey(), table.getKey().startsWith(database.tablePrefix()));
            assertTrue("table name too long: " + table.getKey(), table.getKey().length() <= 30);
            assertFalse(RESERVED.contains(table.getKey().substring(database.tablePrefix().length())));
            for (String column : table.getValue()) {
                assertTrue("column name too long: " + column, column.length() <= 30);
                assertFalse("reserved column name: " + column, RESERVED.contains(column));
            }
        }
    }

    @Test
    public void migratingTwiceChangesNothing() throws Exception {
        TreeMap<String, List<String>> before = tablesAndColumns();
        ao.migrate(Entities.all());
        assertEquals(before, tablesAndColumns());
    }

    @Test
    public void databaseRefusesASecondAlertWithTheSameKey() throws Exception {
        ao.create(FiredAlertEntity.class, new DBParam("ALERT_KEY", "10|202611|L1|80|480"),
                new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611), new DBParam("LEVEL_KEY", "L1"));
        try {
            ao.create(FiredAlertEntity.class, new DBParam("ALERT_KEY", "10|202611|L1|80|480"),
                    new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611), new DBParam("LEVEL_KEY", "L1"));
            fail("a duplicate alert key must be refused by the database");
        } catch (Exception expected) {
            assertEquals(1, ao.count(FiredAlertEntity.class));
        }
    }

    @Test
    public void databaseRefusesASecondBookingForOneWorklog() throws Exception {
        ao.create(BookingEntity.class, new DBParam("WORKLOG_ID", 7L), new DBParam("ISSUE_ID", 1L),
                new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611), new DBParam("LEVEL_KEY", "L1"));
        try {
            ao.create(BookingEntity.class, new DBParam("WORKLOG_ID", 7L), new DBParam("ISSUE_ID", 1L),
                    new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611), new DBParam("LEVEL_KEY", "L1"));
            fail("a second booking for one worklog must be refused by the database");
        } catch (Exception expected) {
            assertEquals(1, ao.count(BookingEntity.class));
        }
    }

    @Test
    public void databaseRefusesASecondTotalsRowPerProjectMonthAndLevel() throws Exception {
        ao.create(LevelTotalEntity.class, new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611),
                new DBParam("LEVEL_KEY", "L2"));
        try {
            ao.create(LevelTotalEntity.class, new DBParam("PROJECT_ID", 10L), new DBParam("BILLING_MONTH", 202611),
                    new DBParam("LEVEL_KEY", "L2"));
            fail("totals are unique per project, month and level");
        } catch (Exception expected) {
            assertEquals(1, ao.count(LevelTotalEntity.class));
        }
    }

    private TreeMap<String, List<String>> tablesAndColumns() throws Exception {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = ao.getProvider().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", database.tablePrefix() + "%", null)) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT), t -> new java.util.ArrayList<>())
                        .add(rs.getString("COLUMN_NAME"));
            }
        }
        tables.values().forEach(columns -> columns.sort(null));
        return tables;
    }

}
