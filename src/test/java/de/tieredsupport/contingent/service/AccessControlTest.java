package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.Before;
import org.junit.Test;

public class AccessControlTest {

    private static final long PROJECT = 10_000L;
    private static final long OTHER = 20_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-04-02T10:00");
        host.configureSeed(PROJECT, "2026-03");
        host.configureSeed(OTHER, "2026-03");
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 600);
        host.rights.browser("agent", PROJECT).projectAdmin("otherAdmin", OTHER).projectAdmin("lead", PROJECT);
    }

    /** Every operation that needs project admin, by name. */
    private Map<String, Consumer<String>> managerOperations() {
        Map<String, Consumer<String>> ops = new LinkedHashMap<>();
        ops.put("configure", u -> host.configureContract.configure(u,
                InMemoryHost.seedDraft(PROJECT, "2026-05").build()));
        ops.put("topUp", u -> host.customerDecisions.addTopUp(u, PROJECT, YearMonth.of(2026, 4), L1, 60, ""));
        ops.put("suspend", u -> host.customerDecisions.suspend(u, PROJECT, L1, ""));
        ops.put("resume", u -> host.customerDecisions.resume(u, PROJECT, L1));
        ops.put("close", u -> host.closeMonth.close(u, PROJECT, MARCH));
        ops.put("correct", u -> host.correctLevel.correct(u, PROJECT, 1, L2, ""));
        ops.put("report", u -> host.billingReport.report(u, PROJECT, MARCH));
        return ops;
    }

    @Test
    public void shouldDenyEveryManagerOperationToOthers() {
        for (String user : new String[] {"agent", "otherAdmin", "stranger", null}) {
            for (Map.Entry<String, Consumer<String>> op : managerOperations().entrySet()) {
                try {
                    op.getValue().accept(user);
                    fail(op.getKey() + " allowed for " + user);
                } catch (AccessDeniedException expected) {
                    // ok
                }
            }
        }
        assertEquals("only the seed configurations", 2, host.audit.entries().size());
        assertTrue(host.topUps.findByMonth(PROJECT, YearMonth.of(2026, 4)).isEmpty());
    }

    /**
     * Issue 12, no oracle: whoever may not even browse the project is refused before anything is looked up, with the
     * same exception (answered like an unknown project) whether the project has a contract, a booking or a month or
     * not; a browser who lacks the right gets a plain denial.
     */
    @Test
    public void shouldRefuseCallersWhoMayNotSeeTheProjectBeforeLookingAnythingUp() {
        long noContract = 30_000L;
        host.rights.browser("agent", noContract);
        Map<String, java.util.function.BiConsumer<String, Long>> ops = new LinkedHashMap<>();
        ViewContract viewContract = new ViewContract(host.ledger, host.policy);
        AuditTrail auditTrail = new AuditTrail(host.policy, host.audit, host.contracts, host.users);
        ops.put("contract", (u, p) -> viewContract.contract(u, p));
        ops.put("status", (u, p) -> host.getStatus.status(u, p, MARCH));
        ops.put("statusOfAMonthWithoutTerms", (u, p) -> host.getStatus.status(u, p, YearMonth.of(2020, 1)));
        ops.put("report", (u, p) -> host.billingReport.report(u, p, MARCH));
        ops.put("close", (u, p) -> host.closeMonth.close(u, p, MARCH));
        ops.put("topUp", (u, p) -> host.customerDecisions.addTopUp(u, p, YearMonth.of(2026, 4), L1, 60, ""));
        ops.put("suspend", (u, p) -> host.customerDecisions.suspend(u, p, L1, ""));
        ops.put("resume", (u, p) -> host.customerDecisions.resume(u, p, L1));
        ops.put("correctBooked", (u, p) -> host.correctLevel.correct(u, p, 1, L2, ""));
        ops.put("correctUnbooked", (u, p) -> host.correctLevel.correct(u, p, 99, L2, ""));
        ops.put("audit", (u, p) -> auditTrail.latest(u, p, 10));
        for (Map.Entry<String, java.util.function.BiConsumer<String, Long>> op : ops.entrySet()) {
            for (long project : new long[] {PROJECT, noContract}) {
                for (String user : new String[] {"otherAdmin", "stranger", null}) {
                    ProjectNotVisibleException e = org.junit.Assert.assertThrows(op.getKey() + " " + user,
                            ProjectNotVisibleException.class, () -> op.getValue().accept(user, project));
                    assertEquals(new ProjectNotVisibleException().getMessage(), e.getMessage());
                }
            }
        }
        for (String op : new String[] {"report", "close", "topUp", "suspend", "resume", "correctBooked",
            "correctUnbooked", "audit"}) {
            for (long project : new long[] {PROJECT, noContract}) {
                AccessDeniedException e = org.junit.Assert.assertThrows(op, AccessDeniedException.class,
                        () -> ops.get(op).accept("agent", project));
                assertFalse(op, e instanceof ProjectNotVisibleException);
                assertFalse(e.getMessage(), e.getMessage().matches(".*\\d.*"));
            }
        }
    }

    @Test
    public void shouldAllowEveryManagerOperationToProjectAndJiraAdmins() {
        for (String user : new String[] {"lead", ADMIN}) {
            setUp();
            for (Map.Entry<String, Consumer<String>> op : managerOperations().entrySet()) {
                op.getValue().accept(user);
            }
        }
    }

    @Test
    public void shouldShowHoursToBrowsersButNotMoney() {
        host.getStatus.status("agent", PROJECT, MARCH);
        host.listStatuses.statuses("agent", MARCH);
        for (String user : new String[] {"stranger", "otherAdmin", null}) {
            try {
                host.getStatus.status(user, PROJECT, MARCH);
                fail(user);
            } catch (AccessDeniedException expected) {
                // ok
            }
        }
    }

    @Test
    public void shouldDecideInOnePolicy() {
        AccessPolicy policy = host.policy;
        assertTrue(policy.canSeeHours("agent", PROJECT));
        assertFalse(policy.canSeeMoney("agent", PROJECT));
        assertFalse(policy.canManage("agent", PROJECT));
        assertTrue(policy.canManage("lead", PROJECT));
        assertTrue(policy.canSeeHours("lead", PROJECT));
        assertFalse(policy.canManage("lead", OTHER));
        assertTrue(policy.canManage(ADMIN, 123L));
        assertFalse(policy.canSeeHours(null, PROJECT));
    }

    /**
     * The dashboard item links to the billing report and the contract page only where the status says
     * {@code moneyVisible}: that must be exactly who may open the report (it requires money) and the contract page
     * (its servlet requires managing). If the two rights ever part, the item needs a field of its own.
     */
    @Test
    public void moneyVisibleInTheStatusIsWhoMayOpenTheReportAndTheContractPage() {
        for (String user : new String[] {"agent", "lead", ADMIN}) {
            boolean moneyVisible = host.getStatus.view(user, PROJECT, MARCH).moneyVisible();
            assertEquals(user, host.policy.canManage(user, PROJECT), moneyVisible);
            boolean reportOpens;
            try {
                host.billingReport.report(user, PROJECT, MARCH);
                reportOpens = true;
            } catch (AccessDeniedException refused) {
                reportOpens = false;
            }
            assertEquals(user, reportOpens, moneyVisible);
            host.listStatuses.views(user, MARCH).stream().filter(view -> view.status().projectId() == PROJECT)
                    .forEach(view -> assertEquals(user, moneyVisible, view.moneyVisible()));
        }
    }
}
