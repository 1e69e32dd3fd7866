package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class StatusTest {

    private static final long ACME = 10_000L;
    private static final long GLOBEX = 20_000L;
    private static final long INITECH = 30_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;

    @Before
    public void setUp() {
        // Wednesday, March 11th 2026: 8 of 22 working days elapsed
        host = InMemoryHost.at("2026-03-11T15:00");
        host.configureSeed(ACME, "2026-03");
        host.configureSeed(GLOBEX, "2026-03");
        host.configureSeed(INITECH, "2026-04");
        host.rights.browser("agent", ACME).browser("agent", INITECH).projectAdmin("lead", GLOBEX);
    }

    @Test
    public void shouldReportUsageAndForecastPerLevel() {
        host.log(1, 1, ACME, "2026-03-02T09:00", 240 * 60);
        host.customerDecisions.addTopUp(ADMIN, ACME, MARCH, L2, 60, "more");

        ContractStatus status = host.getStatus.status("agent", ACME, MARCH);

        assertEquals(ACME, status.projectId());
        assertFalse(status.closed());
        LevelStatus l1 = status.level(L1);
        assertEquals(Minutes.of(240), l1.usedMinutes());
        assertEquals(Minutes.of(480), l1.availableMinutes());
        assertEquals(50, l1.percentUsed());
        assertEquals(Minutes.of(240), l1.remainingMinutes());
        assertEquals(Minutes.of(660), l1.projectedMonthEndMinutes());                              // 240 x 22 / 8
        assertEquals(Optional.of(LocalDate.of(2026, 3, 23)), l1.projectedExhaustion()); // 16th working day
        assertEquals(Minutes.of(780), status.level(L2).availableMinutes());
        assertEquals(1, status.topUps().size());
        assertEquals(List.of(), status.alerts());
        assertEquals(status, host.getStatus.currentStatus("agent", ACME));
    }

    @Test
    public void shouldShowActiveSuspensionsOnly() {
        host.customerDecisions.suspend(ADMIN, ACME, L2, "stop");
        assertTrue(host.getStatus.status("agent", ACME, MARCH).isSuspended(L2));
        host.clock.advance(java.time.Duration.ofMinutes(30));
        host.customerDecisions.resume(ADMIN, ACME, L2);
        assertFalse(host.getStatus.status("agent", ACME, MARCH).isSuspended(L2));
    }

    @Test
    public void shouldListOnlyVisibleContractsInForceAndNeverReadBookings() {
        host.log(1, 1, ACME, "2026-03-02T09:00", 600);
        host.log(2, 2, GLOBEX, "2026-03-02T09:00", 1200);
        int readsBefore = host.bookings.reads();

        List<ContractStatus> forAgent = host.listStatuses.statuses("agent", MARCH);
        List<ContractStatus> forLead = host.listStatuses.statuses("lead", MARCH);
        List<ContractStatus> forAdmin = host.listStatuses.statuses(ADMIN, MARCH);

        // INITECH starts in April
        assertEquals(List.of(ACME), forAgent.stream().map(ContractStatus::projectId).toList());
        assertEquals(List.of(GLOBEX), forLead.stream().map(ContractStatus::projectId).toList());
        assertEquals(List.of(ACME, GLOBEX), forAdmin.stream().map(ContractStatus::projectId).toList());
        assertEquals(Minutes.of(20), forAdmin.get(1).level(L1).usedMinutes());
        assertEquals(List.of(), host.listStatuses.statuses(null, MARCH));
        assertEquals("no booking read", readsBefore, host.bookings.reads());
    }

    @Test(expected = NotFoundException.class)
    public void shouldRejectAMonthWithoutTerms() {
        host.getStatus.status("agent", INITECH, MARCH);
    }

    @Test(expected = NotFoundException.class)
    public void shouldRejectAProjectWithoutContract() {
        host.getStatus.status(ADMIN, 99L, MARCH);
    }
}
