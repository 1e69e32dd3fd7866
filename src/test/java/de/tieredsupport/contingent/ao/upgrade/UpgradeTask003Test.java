package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoBookingStore;
import de.tieredsupport.contingent.ao.AoTotalsStore;
import de.tieredsupport.contingent.ao.entity.TicketTotalEntity;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.LevelTotals;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 2 (bookings and level totals, no ticket totals): the upgrade to version 3 fills the
 * ticket totals of every month with level totals from its bookings, and running it again adds nothing.
 */
public class UpgradeTask003Test {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

    private static Booking booking(long worklogId, long issueId, YearMonth month, SupportLevel level, long minutes,
            boolean suspended, Booking.State state) {
        return new Booking(worklogId, issueId, 10, "agent", AT.plusSeconds(worklogId), minutes * 60, minutes * 60,
                level, month, state, suspended, AT);
    }

    @Test
    public void ticketTotalsOfEveryBookedMonthAreFilledOnce() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            new UpgradeTask001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
            new UpgradeTask002AlertCrossingAndAuditParameters().upgrade(ModelVersion.valueOf("1"), ao);
            AoBookingStore bookings = new AoBookingStore(ao);
            AoTotalsStore totals = new AoTotalsStore(ao);
            bookings.save(booking(1, 101, NOV, SupportLevel.L1, 60, false, Booking.State.ACTIVE));
            bookings.save(booking(2, 101, NOV, SupportLevel.L1, 30, true, Booking.State.ACTIVE));
            bookings.save(booking(3, 101, NOV, SupportLevel.L1, 45, false, Booking.State.DELETED));
            bookings.save(booking(4, 101, NOV, SupportLevel.L2, 15, false, Booking.State.ACTIVE));
            bookings.save(booking(5, 102, NOV, SupportLevel.L1, 5, false, Booking.State.ACTIVE));
            // a month without level totals has no terms in force: nothing to fill
            bookings.save(booking(6, 102, DEC, SupportLevel.L1, 5, false, Booking.State.ACTIVE));
            totals.save(new MonthTotals(10, NOV, Map.of(SupportLevel.L1, new LevelTotals(Minutes.of(65), Minutes.of(30), Minutes.of(480)),
                    SupportLevel.L2, new LevelTotals(Minutes.of(15), Minutes.of(0), Minutes.of(720)))));

            new UpgradeTask003TicketTotals().upgrade(ModelVersion.valueOf("2"), ao);

            Set<TicketTotal> expected = Set.of(new TicketTotal(101, SupportLevel.L1, Minutes.of(60), Minutes.of(30)),
                    new TicketTotal(101, SupportLevel.L2, Minutes.of(15), Minutes.of(0)), new TicketTotal(102, SupportLevel.L1, Minutes.of(5), Minutes.of(0)));
            assertEquals(expected, new HashSet<>(totals.findTickets(10, NOV)));
            assertEquals(List.of(), totals.findTickets(10, DEC));

            new UpgradeTask003TicketTotals().upgrade(ModelVersion.valueOf("3"), ao);
            assertEquals(3, ao.count(TicketTotalEntity.class));
        }
    }
}
