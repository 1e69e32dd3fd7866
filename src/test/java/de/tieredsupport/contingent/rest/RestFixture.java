package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestTestServer.ACME;
import static de.tieredsupport.contingent.rest.RestTestServer.BETA;

import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/**
 * The scene every REST test starts from, on 2026-04-15 10:00 in Berlin: the offer's example customer ACME (L1 8 h
 * at 70, L2 12 h at 80, L3 12 h at 90 from 2026-01) and BETA with other terms; users admin (Jira admin), manager
 * (project admin of ACME), agent (browses ACME), outsider (nothing), partner (project admin of BETA only: rights in
 * one project, none in ACME); work logged in March and April.
 */
final class RestFixture {

    static final String ADMIN = "admin";
    static final String MANAGER = "manager";
    static final String AGENT = "agent";
    static final String OUTSIDER = "outsider";
    static final String PARTNER = "partner";

    /** A summary that needs every kind of CSV quoting and must stay inert in HTML. */
    static final String NASTY_SUMMARY = "Says \"hello\", then breaks\nthe line <script>alert(1)</script>";

    private RestFixture() {
    }

    /** Closes ACME's January and February, so that March is the next month to close. */
    static void closeBeforeMarch(InMemoryHost host) {
        host.closeMonth.close(InMemoryHost.ADMIN, ACME, java.time.YearMonth.of(2026, 1));
        host.closeMonth.close(InMemoryHost.ADMIN, ACME, java.time.YearMonth.of(2026, 2));
    }

    static RestTestServer start() {
        RestTestServer server = new RestTestServer("2026-04-15T10:00");
        InMemoryHost host = server.host;
        host.rights.projectAdmin(MANAGER, ACME).browser(AGENT, ACME).projectAdmin(PARTNER, BETA);
        host.configureSeed(ACME, "2026-01");
        host.configureContract.configure(InMemoryHost.ADMIN, ContractDraft.builder(BETA).effectiveMonth("2026-02")
                .level("L1", 600L, "60").level("L2", 600L, "75").level("L3", 300L, "100").build());
        host.issues.put(1, "ACME-1", "Printer offline");
        host.issues.put(2, "ACME-2", NASTY_SUMMARY);
        host.issues.put(3, "ACME-3", "=SUM(A1:A9)");
        host.issues.put(4, "BETA-1", "Login fails");
        host.escalate(2, SupportLevel.L2);
        host.categories.add(1, "ACME-1", ACME).add(2, "ACME-2", ACME).add(3, "ACME-3", ACME).add(4, "BETA-1", BETA);
        // March: L1 125 min + a 1-minute call billed as 5 min; L2 3 h.
        host.log(1, 1, ACME, "2026-03-03T09:00", 125 * 60);
        host.log(2, 1, ACME, "2026-03-04T11:00", 61);
        host.log(3, 2, ACME, "2026-03-05T14:00", 3 * 3600);
        host.log(4, 3, ACME, "2026-03-06T10:00", 10 * 60);
        // April: L1 400 of 480 min (83 %, the 80 % alert fires), L2 90 min.
        host.log(10, 1, ACME, "2026-04-01T09:00", 400 * 60);
        host.log(11, 2, ACME, "2026-04-02T09:00", 90 * 60);
        host.log(20, 4, BETA, "2026-04-02T09:00", 30 * 60);
        return server;
    }
}
