package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.RecordingChangeRequestMailer;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;

public class ChangeRequestsTest {

    private static final long ACME = 10_000L;
    private static final long ISSUE = 501L;
    private static final String KEY = "ACME-1";

    private InMemoryHost host;
    private ChangeRequests useCase;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-16T12:00");
        host.rights.browser("agent", ACME).projectAdmin("manager", ACME);
        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(ACME, "2026-03")
                .decisionMaker("Dana Decider", "dana@customer.example", "de")
                .decisionMaker("Erik Approver", "erik@customer.example", "en").build());
        host.categories.add(ISSUE, KEY, ACME).add(502, "ACME-2", ACME);
        host.changeRequestCategory.change("agent", ACME, KEY, RequestCategory.CHANGE_REQUEST);
        host.levels.set(ISSUE, SupportLevel.L2);
        useCase = host.changeRequestUseCases;
    }

    private List<AuditEntry> audited(AuditEntry.Action action) {
        return host.audit.entries().stream().filter(e -> e.action() == action).toList();
    }

    private ChangeRequests.View submitted() {
        useCase.prepare("agent", ACME, KEY, "Export of invoices as CSV", 600L, null);
        return useCase.submit("agent", ACME, KEY);
    }

    private String token(int index) {
        return host.changeRequestMailer.requests.get(index).token();
    }

    @Test
    public void anAgentPreparesAtTheThirdLevelByDefaultAndAManagerSeesTheEstimatedAmount() {
        ChangeRequests.View view = useCase.prepare("agent", ACME, KEY, "  Export of invoices as CSV ", 600L, null);

        ChangeRequest.Round round = view.current().orElseThrow();
        assertEquals(ChangeRequest.State.DRAFT, round.state());
        assertEquals(SupportLevel.L3, round.estimate().level());
        assertEquals("Export of invoices as CSV", round.estimate().scope());
        assertNull("agents see no money", view.estimatedAmount());
        assertTrue(view.mayPrepare());
        assertFalse(view.mayDecide());

        ChangeRequests.View managers = useCase.view("manager", ACME, KEY);
        assertEquals(Money.of(Currency.getInstance("EUR"), new BigDecimal("900.00")), managers.estimatedAmount());
        assertTrue(managers.mayDecide());
        AuditEntry entry = audited(AuditEntry.Action.PREPARE_CHANGE_REQUEST).get(0);
        assertEquals("600", entry.parameters().get("estimateMinutes"));
        assertEquals("L3", entry.parameters().get("level"));
        assertEquals("1", entry.parameters().get("round"));
    }

    @Test
    public void badEstimatesAreRefusedAtTheirFieldAndChangeNothing() {
        int auditBefore = host.audit.entries().size();
        for (Long minutes : new Long[] {null, 0L, -5L, 7L, 2_000L * 60 + 5}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> useCase.prepare("agent", ACME, KEY, "Scope", minutes, SupportLevel.L2));
            assertEquals("estimateMinutes", e.violations().get(0).field());
        }
        ValidationException blank = assertThrows(ValidationException.class,
                () -> useCase.prepare("agent", ACME, KEY, "  ", 60L, null));
        assertEquals("scope", blank.violations().get(0).field());
        ValidationException control = assertThrows(ValidationException.class,
                () -> useCase.prepare("agent", ACME, KEY, "a\u202Eb", 60L, null));
        assertEquals("scope", control.violations().get(0).field());

        assertFalse(host.changeRequests.find(ACME, ISSUE).exists());
        assertEquals(auditBefore, host.audit.entries().size());
    }

    @Test
    public void onlyATicketOfCategoryChangeRequestHasAChangeRequest() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> useCase.prepare("agent", ACME, "ACME-2", "Scope", 60L, null));
        assertEquals("changeRequest.notChangeRequest", e.code());
        assertFalse(host.changeRequests.find(ACME, 502).exists());
        assertThrows(NotFoundException.class, () -> useCase.prepare("agent", ACME, "ACME-99", "Scope", 60L, null));
        assertThrows(ProjectNotVisibleException.class,
                () -> useCase.prepare("stranger", ACME, KEY, "Scope", 60L, null));
    }

    @Test
    public void submittingMailsOneLinkPerDecisionMakerStoringOnlyHashes() {
        ChangeRequests.View view = submitted();

        assertEquals(ChangeRequest.State.SUBMITTED, view.state().orElseThrow());
        List<RecordingChangeRequestMailer.Request> requests = host.changeRequestMailer.requests;
        assertEquals(2, requests.size());
        assertEquals("Dana Decider", requests.get(0).link().maker().name());
        assertEquals(Money.of(Currency.getInstance("EUR"), new BigDecimal("900.00")), requests.get(0).amount());
        assertNotEquals(requests.get(0).token(), requests.get(1).token());
        for (ChangeRequestLink link : host.changeRequestLinks.all()) {
            assertEquals(64, link.tokenHash().length());
            assertEquals(1, link.round());
            assertEquals(link.issuedAt().plus(Duration.ofDays(30)), link.expiresAt());
            assertFalse(host.changeRequestLinks.all().stream().anyMatch(l -> l.tokenHash().equals(token(0))));
        }
        assertEquals(1, audited(AuditEntry.Action.SUBMIT_CHANGE_REQUEST).size());
        assertTrue(useCase.linkPage(token(0)) instanceof ChangeRequests.LinkOpen);
    }

    @Test
    public void withoutDecisionMakersNothingIsSubmitted() {
        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(ACME, "2026-03").build());
        useCase.prepare("agent", ACME, KEY, "Scope", 60L, null);

        ConflictException e = assertThrows(ConflictException.class, () -> useCase.submit("agent", ACME, KEY));
        assertEquals("changeRequest.noDecisionMakers", e.code());
        assertEquals(ChangeRequest.State.DRAFT, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());
        assertTrue(host.changeRequestLinks.all().isEmpty());
    }

    @Test
    public void aDecisionMakerApprovesThroughTheLinkOnceAndTheOtherLinkShowsWhatWasDecided() {
        submitted();

        ChangeRequests.LinkPage page = useCase.decideByLink(token(0), true, "Go ahead");

        ChangeRequests.LinkDecided decided = (ChangeRequests.LinkDecided) page;
        assertTrue(decided.byThisLink());
        ChangeRequest.Decision decision = decided.round().decision();
        assertEquals(ChangeRequest.State.APPROVED, decision.outcome());
        assertEquals("Dana Decider", decision.by());
        assertTrue(decision.viaLink());
        assertEquals("Go ahead", decision.comment());
        assertTrue("the used link is done", useCase.linkPage(token(0)) instanceof ChangeRequests.LinkNeutral);
        ChangeRequests.LinkDecided other = (ChangeRequests.LinkDecided) useCase.linkPage(token(1));
        assertFalse(other.byThisLink());
        assertTrue(useCase.decideByLink(token(1), false, null) instanceof ChangeRequests.LinkDecided);
        assertEquals(ChangeRequest.State.APPROVED, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());
        assertEquals(1, host.changeRequestMailer.announcements.size());
        AuditEntry audit = audited(AuditEntry.Action.DECIDE_CHANGE_REQUEST).get(0);
        assertEquals("<link>Dana Decider", audit.actor());
        assertEquals("true", audit.parameters().get("viaLink"));
    }

    @Test
    public void badLinksGetTheNeutralPage() {
        submitted();
        String good = token(0);
        String tampered = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        for (String token : new String[] {tampered, good.substring(1), "", null, good + "x", "../" + good}) {
            assertTrue(String.valueOf(token), useCase.linkPage(token) instanceof ChangeRequests.LinkNeutral);
            assertTrue(useCase.decideByLink(token, true, null) instanceof ChangeRequests.LinkNeutral);
        }
        host.clock.advance(Duration.ofDays(30));
        assertTrue("expired", useCase.linkPage(good) instanceof ChangeRequests.LinkNeutral);
        assertTrue(useCase.decideByLink(good, true, null) instanceof ChangeRequests.LinkNeutral);
        assertEquals(ChangeRequest.State.SUBMITTED, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());
    }

    @Test
    public void aWithdrawnRoundsLinksAreNeutralAndABadCommentChangesNothing() {
        submitted();
        ValidationException e = assertThrows(ValidationException.class,
                () -> useCase.withdraw("agent", ACME, KEY, "x".repeat(2001)));
        assertEquals("comment", e.violations().get(0).field());
        assertEquals(ChangeRequest.State.SUBMITTED, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());

        useCase.withdraw("agent", ACME, KEY, "Customer asked by phone to wait");

        assertEquals(ChangeRequest.State.WITHDRAWN, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());
        assertTrue(useCase.linkPage(token(0)) instanceof ChangeRequests.LinkNeutral);
        assertTrue(useCase.decideByLink(token(0), true, null) instanceof ChangeRequests.LinkNeutral);
        assertEquals(ChangeRequest.State.WITHDRAWN, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());
        assertEquals("changeRequest.notSubmitted",
                assertThrows(ConflictException.class, () -> useCase.withdraw("agent", ACME, KEY, null)).code());
    }

    @Test
    public void onlyAManagerRecordsTheCustomersDecisionAndSaysHow() {
        submitted();
        assertThrows(AccessDeniedException.class, () -> useCase.decide("agent", ACME, KEY, true, "by phone"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> useCase.decide("manager", ACME, KEY, true, " "));
        assertEquals("comment", e.violations().get(0).field());
        assertEquals(ChangeRequest.State.SUBMITTED, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());

        ChangeRequests.View view = useCase.decide("manager", ACME, KEY, false, "Rejected by phone (IT lead)");

        ChangeRequest.Decision decision = view.current().orElseThrow().decision();
        assertEquals(ChangeRequest.State.REJECTED, decision.outcome());
        assertEquals("manager", decision.by());
        assertFalse(decision.viaLink());
        ChangeRequests.LinkDecided shown = (ChangeRequests.LinkDecided) useCase.linkPage(token(0));
        assertEquals(ChangeRequest.State.REJECTED, shown.round().state());
        assertEquals("changeRequest.notSubmitted", assertThrows(ConflictException.class,
                () -> useCase.decide("manager", ACME, KEY, true, "again")).code());
    }

    @Test
    public void aRevisedEstimateStartsANewRoundAndTheApprovalStaysInForceUntilItIsDecided() {
        submitted();
        useCase.decideByLink(token(0), true, null);

        useCase.prepare("agent", ACME, KEY, "Export of invoices as CSV and XLSX", 900L, SupportLevel.L2);
        ChangeRequests.View revised = useCase.submit("agent", ACME, KEY);

        assertEquals(2, revised.current().orElseThrow().number());
        assertEquals(1, revised.inForce().orElseThrow().number());
        assertEquals(2, revised.pendingRevision().orElseThrow().number());
        assertEquals(4, host.changeRequestMailer.requests.size());
        assertTrue("a link of round 1 cannot decide round 2",
                useCase.decideByLink(token(1), false, null) instanceof ChangeRequests.LinkDecided);
        assertEquals(ChangeRequest.State.SUBMITTED, host.changeRequests.find(ACME, ISSUE).state().orElseThrow());

        ChangeRequests.View withdrawn = useCase.withdraw("agent", ACME, KEY, null);
        assertEquals(1, withdrawn.inForce().orElseThrow().number());
        assertTrue(withdrawn.pendingRevision().isEmpty());
    }

    @Test
    public void theCategoryStaysChangeRequestWhileAnEstimateWaitsOrIsApproved() {
        useCase.prepare("agent", ACME, KEY, "Scope", 60L, null);
        host.changeRequestCategory.change("agent", ACME, KEY, RequestCategory.DEFECT);
        host.changeRequestCategory.change("agent", ACME, KEY, RequestCategory.CHANGE_REQUEST);
        useCase.submit("agent", ACME, KEY);

        ConflictException waiting = assertThrows(ConflictException.class,
                () -> host.changeRequestCategory.change("agent", ACME, KEY, RequestCategory.DEFECT));
        assertEquals("category.changeRequestOpen.SUBMITTED", waiting.code());
        assertTrue(waiting.getMessage(), waiting.getMessage().contains("waits for the decision"));

        useCase.decideByLink(token(0), true, null);
        int writes = host.categories.writes().size();
        ConflictException approved = assertThrows(ConflictException.class,
                () -> host.changeRequestCategory.change("manager", ACME, KEY, RequestCategory.QUESTION));
        assertEquals("category.changeRequestOpen.APPROVED", approved.code());
        assertEquals(writes, host.categories.writes().size());
        assertEquals(RequestCategory.CHANGE_REQUEST, host.categories.stored(ISSUE).orElseThrow());
    }

    @Test
    public void workAfterTheApprovalIsChangeRequestWorkOutsideTheContingent() {
        submitted();
        host.log(1, ISSUE, ACME, "2026-03-16T10:00", 30 * 60);
        host.setTime("2026-03-16T13:00");
        useCase.decideByLink(token(0), true, null);
        host.setTime("2026-03-16T15:00");
        host.log(2, ISSUE, ACME, "2026-03-16T14:00", 60 * 60);

        ChangeRequests.View view = useCase.view("agent", ACME, KEY);
        assertEquals(60, view.minutesToDate());
        assertEquals(Integer.valueOf(10), view.percentOfEstimate());
        assertEquals(Minutes.of(30), host.getStatus.status("manager", ACME, YearMonth.of(2026, 3)).level(SupportLevel.L2)
                .usedMinutes());
    }

    @Test
    public void aLinkRacingAManagerHasExactlyOneWinner() throws Exception {
        for (int run = 0; run < 20; run++) {
            setUp();
            submitted();
            String token = token(0);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> link = pool.submit(() -> {
                    start.await();
                    ChangeRequests.LinkPage page = useCase.decideByLink(token, true, null);
                    return page instanceof ChangeRequests.LinkDecided d && d.byThisLink();
                });
                Future<Boolean> manager = pool.submit(() -> {
                    start.await();
                    try {
                        useCase.decide("manager", ACME, KEY, false, "by phone");
                        return true;
                    } catch (ConflictException lost) {
                        return false;
                    }
                });
                start.countDown();
                List<Boolean> wins = new ArrayList<>(List.of(link.get(10, TimeUnit.SECONDS),
                        manager.get(10, TimeUnit.SECONDS)));
                assertEquals("exactly one wins: " + wins, 1, wins.stream().filter(b -> b).count());
                ChangeRequest.State state = host.changeRequests.find(ACME, ISSUE).state().orElseThrow();
                assertEquals(wins.get(0) ? ChangeRequest.State.APPROVED : ChangeRequest.State.REJECTED, state);
                assertEquals(1, audited(AuditEntry.Action.DECIDE_CHANGE_REQUEST).size());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
