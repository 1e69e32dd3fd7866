package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violation;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class ListBookingsTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;
    private ListBookings bookings;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-20T12:00");
        host.configureSeed(PROJECT, "2026-03");
        host.rights.browser("agent", PROJECT);
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 300 * 60);
        host.log(2, 2, PROJECT, "2026-03-03T09:00", 200 * 60);
        bookings = new ListBookings(host.ledger, host.policy, host.issues);
    }

    @Test
    public void theManagerGetsRatesAndAmountsTheAgentTheSameMinutesWithout() {
        BookingsPage admin = bookings.page(InMemoryHost.ADMIN, PROJECT, MARCH, 0, 50);
        BookingsPage agent = bookings.page("agent", PROJECT, MARCH, 0, 50);
        assertTrue(admin.moneyVisible());
        assertEquals("70.00", admin.rows().get(1).hourlyRate().amount().toPlainString());
        assertEquals("210.00", admin.rows().get(1).amount().amount().toPlainString());
        for (int i = 0; i < 2; i++) {
            assertNull(agent.rows().get(i).amount());
            assertNull(agent.rows().get(i).hourlyRate());
            assertEquals(admin.rows().get(i).inContingentMinutes(), agent.rows().get(i).inContingentMinutes());
            assertEquals(admin.rows().get(i).overageMinutes(), agent.rows().get(i).overageMinutes());
        }
        assertEquals(180, agent.rows().get(1).inContingentMinutes());
        assertEquals(20, agent.rows().get(1).overageMinutes());
    }

    @Test
    public void theOutsiderIsRefusedBeforePagingMonthOrContractAreLookedAt() {
        assertThrows(ProjectNotVisibleException.class, () -> bookings.page("outsider", PROJECT, MARCH, 0, 50));
        assertThrows(ProjectNotVisibleException.class,
                () -> bookings.page("outsider", PROJECT, YearMonth.of(2020, 1), -1, 0));
        assertThrows(ProjectNotVisibleException.class, () -> bookings.page("outsider", 99L, MARCH, 0, 50));
    }

    @Test
    public void pagingOutOfRangeNamesEveryParameterAndAPageBeyondTheEndIsEmpty() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> bookings.page("agent", PROJECT, MARCH, -1, ListBookings.MAX_RESULTS + 1));
        assertEquals(List.of("startAt", "maxResults"), e.violations().stream().map(Violation::field).toList());
        BookingsPage beyond = bookings.page("agent", PROJECT, MARCH, 5, 1);
        assertEquals(List.of(), beyond.rows());
        assertEquals(2, beyond.total());
        assertTrue(beyond.isLast());
        BookingsPage second = bookings.page("agent", PROJECT, MARCH, 1, 1);
        assertEquals(2, second.rows().get(0).booking().worklogId());
        assertTrue(second.isLast());
        assertThrows(NotFoundException.class, () -> bookings.page("agent", PROJECT, YearMonth.of(2026, 2), 0, 50));
    }
}
