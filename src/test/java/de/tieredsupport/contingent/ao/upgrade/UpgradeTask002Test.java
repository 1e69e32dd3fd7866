package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoAlertStore;
import de.tieredsupport.contingent.ao.AoAuditLog;
import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 1 with an alert and an audit entry in it: after the upgrade to version 2 both read as
 * before (no crossing; the stored text alone), and new rows keep the crossing and the parameters next to them.
 */
public class UpgradeTask002Test {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

    @Test
    public void versionOneRowsReadAsBeforeAndNewRowsKeepTheirData() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            new UpgradeTask001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
            String prefix = database.tablePrefix();
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement()) {
                // the version 1 tables had none of these columns
                for (String column : new String[] {"CROSSING_WORKLOG_ID", "CROSSING_START_AT", "CROSSING_BOOKED_AT"}) {
                    sql.execute("ALTER TABLE " + prefix + "FIRED_ALERT DROP COLUMN " + column);
                }
                sql.execute("ALTER TABLE " + prefix + "AUDIT_ENTRY DROP COLUMN PARAMETERS");
                try (PreparedStatement alert = connection.prepareStatement("INSERT INTO " + prefix + "FIRED_ALERT"
                        + " (ALERT_KEY, PROJECT_ID, BILLING_MONTH, LEVEL_KEY, THRESHOLD_PERCENT, AVAILABLE_MINUTES,"
                        + " USED_MINUTES, FIRED_AT) VALUES ('10|202611|L1|80|480', 10, 202611, 'L1', 80, 480, 390, ?)")) {
                    alert.setLong(1, AT.toEpochMilli());
                    alert.executeUpdate();
                }
                try (PreparedStatement audit = connection.prepareStatement("INSERT INTO " + prefix + "AUDIT_ENTRY"
                        + " (PROJECT_ID, ACTOR_KEY, HAPPENED_AT, ACTION, DETAILS) VALUES (10, 'admin', ?,"
                        + " 'CONFIGURE_TERMS', 'Added terms effective 2026-11: carry-over NONE {}; overage NOT_BILLED')")) {
                    audit.setLong(1, AT.toEpochMilli());
                    audit.executeUpdate();
                }
            }

            new UpgradeTask002AlertCrossingAndAuditParameters().upgrade(ModelVersion.valueOf("1"), ao);

            AoAlertStore alerts = new AoAlertStore(ao);
            Alert old = new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(390), AT);
            assertEquals(List.of(old), alerts.findByMonth(10, NOV));
            Alert crossed = new Alert(10, NOV, SupportLevel.L1, 100, Minutes.of(480), Minutes.of(490), AT,
                    new Alert.Crossing(77, AT.minusSeconds(7200), AT.minusSeconds(30)));
            assertTrue(alerts.recordIfAbsent(crossed));
            assertEquals(List.of(old, crossed), alerts.findByMonth(10, NOV));

            AoAuditLog audit = new AoAuditLog(ao);
            AuditEntry oldEntry = audit.latest(10, 1).get(0);
            assertTrue(oldEntry.textOnly());
            assertEquals("Added terms effective 2026-11: carry-over NONE {}; overage NOT_BILLED", oldEntry.details());
            AuditEntry withParameters = new AuditEntry(10, AT.plusSeconds(60), "manager", AuditEntry.Action.ADD_TOP_UP,
                    AuditEntry.params("month", "2026-11", "level", "L2", "minutes", "120",
                            "reason", "a & b = c\nnext line, 100 %"), "Top-up of 120 min for L2 in 2026-11");
            audit.record(withParameters);
            assertEquals(List.of(withParameters, oldEntry), audit.latest(10, 5));
            new UpgradeTask002AlertCrossingAndAuditParameters().upgrade(ModelVersion.valueOf("2"), ao);
            assertEquals(List.of(withParameters, oldEntry), audit.latest(10, 5));
        }
    }
}
