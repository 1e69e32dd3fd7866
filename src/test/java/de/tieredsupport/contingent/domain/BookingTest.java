package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.berlin;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.Test;

public class BookingTest {

    private static final Contract SEED = TestData.seedContract(YearMonth.of(2026, 3));

    @Test
    public void shouldRoundByTheContractAndKeepTheRawTime() {
        Booking b = Booking.of(1, 2, "agent", berlin("2026-03-02T09:00"), 61, SupportLevel.L2, SEED, false,
                Instant.EPOCH);
        assertEquals(61, b.rawSeconds());
        assertEquals(300, b.billedSeconds());
        assertEquals(Minutes.of(5), b.billedMinutes());
        assertEquals(TestData.PROJECT, b.projectId());
        assertEquals(SupportLevel.L2, b.level());
        assertTrue(b.consumesContingent());
    }

    @Test
    public void shouldTakeTheBillingMonthFromTheStartInTheContractZone() {
        Booking march = Booking.of(1, 2, "agent", berlin("2026-03-31T23:59:59"), 600, SupportLevel.L1, SEED, false,
                Instant.EPOCH);
        Booking april = Booking.of(2, 2, "agent", berlin("2026-04-01T00:00:00"), 600, SupportLevel.L1, SEED, false,
                Instant.EPOCH);
        assertEquals(YearMonth.of(2026, 3), march.month());
        assertEquals(YearMonth.of(2026, 4), april.month());
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseWorkBeforeTheContractStarts() {
        Booking.of(1, 2, "agent", berlin("2026-02-28T12:00"), 600, SupportLevel.L1, SEED, false, Instant.EPOCH);
    }

    @Test
    public void shouldDeriveCopies() {
        Booking b = TestData.booking(1).minutes(10).build();
        assertEquals(SupportLevel.L3, b.withLevel(SupportLevel.L3).level());
        assertFalse(b.withSuspended(true).consumesContingent());
        assertFalse(b.asDeleted().isActive());
        assertFalse(b.asDeleted().consumesContingent());
        assertEquals(b, b.withLevel(SupportLevel.L1));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectBilledTimeThatIsNotWholeMinutes() {
        new Booking(1, 2, 3, "a", Instant.EPOCH, 61, 61, SupportLevel.L1, YearMonth.of(1970, 1),
                Booking.State.ACTIVE, false, Instant.EPOCH);
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectNegativeRawTime() {
        new Booking(1, 2, 3, "a", Instant.EPOCH, -1, 300, SupportLevel.L1, YearMonth.of(1970, 1),
                Booking.State.ACTIVE, false, Instant.EPOCH);
    }
}
