package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoBookingStore;
import de.tieredsupport.contingent.ao.AoChangeRequestStore;
import de.tieredsupport.contingent.ao.AoTotalsStore;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 4 with bookings and ticket totals: after the upgrade to version 5 they read as normal
 * support work (nothing rewritten), a level's consuming bookings are still found, and change requests can be stored.
 */
public class UpgradeTask005Test {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    public void versionFourBookingsReadAsSupportAndChangeRequestsCanBeStored() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            String prefix = database.tablePrefix();
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement()) {
                // what version 4 did not have
                sql.execute("ALTER TABLE " + prefix + "BOOKING DROP COLUMN CHANGE_REQUEST_WORK");
                sql.execute("ALTER TABLE " + prefix + "TICKET_TOTAL DROP COLUMN CHANGE_REQUEST_MINUTES");
                sql.execute("DROP TABLE " + prefix + "CR_ROUND");
                // a booking and a ticket total as version 4 wrote them
                sql.execute("INSERT INTO " + prefix + "BOOKING (WORKLOG_ID, ISSUE_ID, PROJECT_ID, BILLING_MONTH,"
                        + " AUTHOR_KEY, STARTED_AT, RAW_SECONDS, BILLED_SECONDS, LEVEL_KEY, DELETED, SUSPENDED,"
                        + " UPDATED_AT) VALUES (1, 7, " + TestData.PROJECT + ", 202603, 'agent', "
                        + TestData.berlin("2026-03-02T09:00").toEpochMilli() + ", 3000, 3000, 'L2', FALSE, FALSE, 0)");
                sql.execute("INSERT INTO " + prefix + "TICKET_TOTAL (PROJECT_ID, BILLING_MONTH, LEVEL_KEY, ISSUE_ID,"
                        + " USED_MINUTES, SUSPENDED_MINUTES) VALUES (" + TestData.PROJECT + ", 202603, 'L2', 7, 50, 0)");
            }

            new UpgradeTask005ChangeRequests().upgrade(ModelVersion.valueOf("4"), ao);

            Booking booking = new AoBookingStore(ao).find(1).orElseThrow();
            assertFalse(booking.changeRequest());
            assertTrue(booking.consumesContingent());
            List<Booking> consuming = new ArrayList<>();
            new AoBookingStore(ao).consumingInOrder(TestData.PROJECT, MARCH, SupportLevel.L2)
                    .forEachRemaining(consuming::add);
            assertEquals(List.of(booking), consuming);
            assertEquals(List.of(new TicketTotal(7, SupportLevel.L2, Minutes.of(50), Minutes.of(0), Minutes.of(0))),
                    new AoTotalsStore(ao).findTickets(TestData.PROJECT, MARCH));

            AoChangeRequestStore changeRequests = new AoChangeRequestStore(ao);
            ChangeRequest approved = ChangeRequest.none(TestData.PROJECT, 7)
                    .prepare(ChangeRequest.Estimate.of("Export", Minutes.of(120), SupportLevel.L3, RoundingPolicy.DEFAULT),
                            "agent", Instant.parse("2026-03-03T09:00:00Z"))
                    .submit("agent", Instant.parse("2026-03-03T10:00:00Z"))
                    .decide(true, "Dana", true, Instant.parse("2026-03-04T10:00:00Z"), "ok");
            changeRequests.save(approved);
            assertEquals(approved, changeRequests.find(TestData.PROJECT, 7));
            assertTrue(new UpgradeTask005ChangeRequests().getModelVersion().isSame(ModelVersion.valueOf("5")));
        }
    }
}
