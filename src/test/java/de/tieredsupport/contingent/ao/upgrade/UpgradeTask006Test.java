package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoReconciliationCursor;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 5 whose cursor row holds the contract the next issue-by-issue run started with: after
 * the upgrade to version 6 the row reads as "not read yet" (the first run reads from the start of the open months) and
 * the new place is stored in the same row.
 */
public class UpgradeTask006Test {

    @Test
    public void aVersionFiveCursorReadsAsNotReadYetAndTheNewPlaceIsStoredInItsRow() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            String table = database.tablePrefix() + "RECON_CURSOR";
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement()) {
                // the cursor as version 5 had it
                for (String column : new String[] {"UPDATED_AT_MILLIS", "UPDATED_WORKLOG_ID", "DELETED_AT_MILLIS",
                        "DELETED_WORKLOG_ID", "SWEPT_TO_WORKLOG_ID"}) {
                    sql.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
                }
                sql.execute("ALTER TABLE " + table + " ADD COLUMN NEXT_PROJECT_ID BIGINT");
                sql.execute("INSERT INTO " + table + " (NEXT_PROJECT_ID) VALUES (10002)");
            }

            new UpgradeTask006ReconciliationSince().upgrade(ModelVersion.valueOf("5"), ao);

            AoReconciliationCursor cursor = new AoReconciliationCursor(ao);
            assertEquals(ReconciliationCursor.State.EMPTY, cursor.read());
            ReconciliationCursor.State state = new ReconciliationCursor.State(
                    new ReconciliationCursor.Position(Instant.parse("2026-03-09T10:00:00Z"), 10_456), null, 12L);
            cursor.write(state);
            assertEquals(state, new AoReconciliationCursor(ao).read());
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                assertEquals("one row, the old one", 1, rows.getInt(1));
            }
            assertTrue(new UpgradeTask006ReconciliationSince().getModelVersion().isSame(ModelVersion.valueOf("6")));
        }
    }
}
