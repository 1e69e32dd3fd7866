package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.YearMonth;
import org.junit.Test;

public class ConfigureContractTest {

    private static final long PROJECT = 10_000L;

    @Test
    public void shouldCreateTheContractAndAuditTheTerms() {
        InMemoryHost host = InMemoryHost.at("2026-03-10T12:00");
        Contract contract = host.configureContract.configure(ADMIN,
                InMemoryHost.seedDraft(PROJECT, "2026-03").build());

        assertEquals(contract, host.contracts.find(PROJECT).orElseThrow());
        AuditEntry entry = host.audit.entries().get(0);
        assertEquals(AuditEntry.Action.CONFIGURE_TERMS, entry.action());
        assertEquals(ADMIN, entry.actor());
        assertEquals(host.clock.instant(), entry.at());
        assertEquals("Added terms effective 2026-03: L1 480 min at EUR 70.00/h; L2 720 min at EUR 80.00/h;"
                + " L3 720 min at EUR 90.00/h; rounding 5 min UP; thresholds [80, 100]; carry-over NONE {};"
                + " overage NOT_BILLED; default level L1; recipients [it-lead@customer.example]", entry.details());
        assertTrue(host.lock.acquired().contains(ContingentLedger.contractLock(PROJECT)));
    }

    @Test
    public void shouldVersionTermsAndNeverRewriteAPastMonth() {
        InMemoryHost host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-03");
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04")
                .level("L1", 600L, "75").build());

        // March keeps its terms: 60 min at 70
        assertEquals(de.tieredsupport.contingent.domain.TestData.eur("70.00"), host.billingReport
                .report(ADMIN, PROJECT, YearMonth.of(2026, 3)).result().line(SupportLevel.L1).figures().amount());
        assertEquals(Minutes.of(600), host.getStatus.status(ADMIN, PROJECT, YearMonth.of(2026, 4)).level(SupportLevel.L1)
                .availableMinutes());

        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04").build());
        assertTrue(host.audit.entries().get(2).details().startsWith("Replaced terms effective 2026-04"));
        assertEquals(2, host.contracts.find(PROJECT).orElseThrow().versions().size());
    }

    @Test
    public void shouldStoreNothingWhenTheDraftIsInvalid() {
        InMemoryHost host = InMemoryHost.at("2026-03-10T12:00");
        try {
            host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                    .level("L1", 7L, "70.001").thresholds(120).build());
            fail();
        } catch (ValidationException e) {
            assertEquals(3, e.violations().size());
        }
        assertTrue(host.contracts.findAll().isEmpty());
        assertTrue(host.audit.entries().isEmpty());
    }
}
