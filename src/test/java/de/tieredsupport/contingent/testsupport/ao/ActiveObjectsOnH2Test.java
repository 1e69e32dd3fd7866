package de.tieredsupport.contingent.testsupport.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Proves the build recipe: the real AO 6.1.1 from Maven Central migrates, writes and queries on H2. */
public class ActiveObjectsOnH2Test {

    @Table("FOUNDATION_PROBE")
    public interface FoundationProbe extends Entity {
        @NotNull
        @Indexed
        long getProjectId();

        void setProjectId(long projectId);

        String getLabel();

        void setLabel(String label);
    }

    private AoTestDatabase database;
    private EntityManager ao;

    @Before
    public void migrate() throws Exception {
        database = AoTestDatabase.inMemoryH2();
        ao = database.entityManager();
        ao.migrate(FoundationProbe.class);
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void tablePrefixMatchesJirasRuleForTheNamespace() {
        // md5("de.tieredsupport.support-contingent") ends in the six hex digits below; recompute by hand with
        // `printf %s de.tieredsupport.support-contingent | md5sum`.
        assertEquals("AO_" + "59A0F7" + "_", AoTestDatabase.tablePrefixFor("de.tieredsupport.support-contingent"));
    }

    @Test
    public void createsTheTableWithAtlassianNames() throws Exception {
        try (Connection connection = ao.getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery(
                     "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                             + database.tablePrefix() + "FOUNDATION_PROBE' ORDER BY COLUMN_NAME")) {
            StringBuilder names = new StringBuilder();
            while (columns.next()) {
                names.append(columns.getString(1)).append(' ');
            }
            assertEquals("ID LABEL PROJECT_ID ", names.toString());
        }
    }

    @Test
    public void writesAndQueriesRows() throws Exception {
        ao.create(FoundationProbe.class, new DBParam("PROJECT_ID", 10L), new DBParam("LABEL", "Müller GmbH"));
        ao.create(FoundationProbe.class, new DBParam("PROJECT_ID", 10L), new DBParam("LABEL", "second"));
        ao.create(FoundationProbe.class, new DBParam("PROJECT_ID", 11L), new DBParam("LABEL", "other"));

        FoundationProbe[] found = ao.find(FoundationProbe.class,
                Query.select().where("PROJECT_ID = ?", 10L).order("LABEL ASC"));

        assertEquals(2, found.length);
        assertEquals("Müller GmbH", found[0].getLabel());
        assertEquals(1, ao.count(FoundationProbe.class, "LABEL = ?", "other"));
        assertTrue(found[0].getID() > 0);
    }
}
