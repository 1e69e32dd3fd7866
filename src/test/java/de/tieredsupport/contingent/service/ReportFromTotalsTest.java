package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.Test;

import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/**
 * The billing report of an open month reads the ticket totals and, for a level beyond its contingent, only its
 * consuming bookings up to where the contingent runs out; a month without ticket totals (booked before they were
 * kept) is computed from all its bookings, with the same result.
 */
public class ReportFromTotalsTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost monthBeyondTheContingent() {
        InMemoryHost host = InMemoryHost.at("2026-03-31T18:00");
        host.configureSeed(PROJECT, "2026-03");
        // L1: 480 min; twelve worklogs of 60 min on three issues, later work on issue 2 at L2, one deletion
        for (int day = 1; day <= 12; day++) {
            host.log(day, 1 + day % 3, PROJECT, String.format("2026-03-%02dT09:00", day), 3600);
        }
        host.escalate(2, SupportLevel.L2);
        host.log(20, 2, PROJECT, "2026-03-20T09:00", 1800);
        host.delete(12);
        return host;
    }

    private static MonthResult fromEveryBooking(InMemoryHost host) {
        return MonthCalculator.compute(host.contracts.find(PROJECT).orElseThrow(), MARCH,
                host.bookings.findByMonth(PROJECT, MARCH), List.of(), LevelMinutes.ZERO);
    }

    @Test
    public void theReportReadsTotalsAndOnlyTheBookingsThatFillTheContingent() {
        InMemoryHost host = monthBeyondTheContingent();
        MonthResult expected = fromEveryBooking(host);
        host.bookings.forgetReads();
        int before = host.bookings.consumingRead();

        MonthResult report = host.billingReport.report(InMemoryHost.ADMIN, PROJECT, MARCH).result();

        assertEquals(expected, report);
        assertFalse("no full read of the month", host.bookings.monthsRead().contains(MARCH));
        assertEquals("the eight L1 bookings that fill 480 min", 8, host.bookings.consumingRead() - before);
        assertEquals(480, report.line(SupportLevel.L1).figures().inContingentMinutes());
        assertEquals(180, report.line(SupportLevel.L1).figures().overageMinutes());
    }

    @Test
    public void aMonthWithoutTicketTotalsIsComputedFromItsBookingsAlike() {
        InMemoryHost host = monthBeyondTheContingent();
        MonthResult expected = fromEveryBooking(host);
        host.totals.dropTickets(PROJECT, MARCH);
        host.bookings.forgetReads();

        assertEquals(expected, host.billingReport.report(InMemoryHost.ADMIN, PROJECT, MARCH).result());
        assertTrue(host.bookings.monthsRead().contains(MARCH));
    }
}
