package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionToken;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.DecisionLinks.Choice;
import de.tieredsupport.contingent.service.DecisionLinks.Decided;
import de.tieredsupport.contingent.service.DecisionLinks.Neutral;
import de.tieredsupport.contingent.service.DecisionLinks.Open;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.RecordingDecisionMailer;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import de.tieredsupport.contingent.domain.Minutes;

/** Decision links: issued once per level and month at the decision threshold; every rule of a link's use. */
public class DecisionLinksTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .decisionMaker("Erika Mustermann", "erika@kunde.example", "de")
                .decisionMaker("John Doe", "john@kunde.example", "en").build());
    }

    /** L1 has 480 min; 385 min (380 + 5) cross the decision threshold of 80 % = 384 min. */
    private void crossEighty() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        host.log(2, 1, PROJECT, "2026-03-02T16:00", 4 * 60);
    }

    private String token(int maker) {
        return host.decisionMailer.requests.get(maker).token();
    }

    private static Choice topUp(long minutes) {
        return new Choice(DecisionLink.Kind.TOP_UP, minutes, "budget approved");
    }

    @Test
    public void eachDecisionMakerGetsOneLinkPerLevelAndMonthAtTheDecisionThreshold() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        assertEquals("below 80 %: nobody is asked", 0, host.decisionMailer.requests.size());
        host.log(2, 1, PROJECT, "2026-03-02T16:00", 4 * 60);

        List<RecordingDecisionMailer.Request> requests = host.decisionMailer.requests;
        assertEquals(2, requests.size());
        assertEquals("erika@kunde.example", requests.get(0).link().maker().email());
        assertEquals("john@kunde.example", requests.get(1).link().maker().email());
        DecisionLink link = requests.get(0).link();
        assertEquals(L1, link.level());
        assertEquals(MARCH, link.month());
        assertEquals(480, link.availableMinutes());
        assertEquals("expires when March ends in Berlin", InMemoryHost.berlin("2026-04-01T00:00"), link.expiresAt());
        assertEquals(DecisionToken.hash(requests.get(0).token()), link.tokenHash());
        assertEquals(Minutes.of(385), requests.get(0).status().usedMinutes());

        host.log(3, 1, PROJECT, "2026-03-03T09:00", 100 * 60);   // 485: crosses 100 %, no second request
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 240, "manager");
        host.log(4, 1, PROJECT, "2026-03-04T09:00", 100 * 60);   // 585 of 720 crosses 80 % = 576 again: alert re-fires
        assertTrue(host.sender.alerts().stream().anyMatch(a -> a.availableMinutes().equals(Minutes.of(720)) && a.thresholdPercent() == 80));
        assertEquals("still one request per level and month", 2, host.decisionMailer.requests.size());
    }

    @Test
    public void theOpenPageShowsTheLevelsMonthAndTheMoneyOfATopUp() {
        crossEighty();
        Open open = (Open) host.decisionLinks.view(token(0));
        assertEquals(Minutes.of(385), open.status().usedMinutes());
        assertEquals(Minutes.of(480), open.status().availableMinutes());
        assertEquals(5, open.incrementMinutes());
        // 90 min at 70.00/h = 105.00
        assertEquals("105.00", DecisionLinks.amount(open, 90).amount().toPlainString());
        assertTrue("viewing stores nothing", host.topUps.findByMonth(PROJECT, MARCH).isEmpty());
    }

    @Test
    public void aTopUpThroughTheLinkIsTheSameTopUpAManagerRecordsMarkedAsTheCustomers() {
        crossEighty();
        Decided decided = (Decided) host.decisionLinks.decide(token(0), topUp(120));

        assertTrue(decided.byThisLink());
        assertEquals(DecisionLink.Kind.TOP_UP, decided.outcome().kind());
        TopUp topUp = host.topUps.findByMonth(PROJECT, MARCH).get(0);
        assertEquals(Minutes.of(120), topUp.minutes());
        assertEquals("<link>Erika Mustermann", topUp.grantedBy());
        assertEquals("budget approved", topUp.reason());
        assertEquals(Minutes.of(600), host.getStatus.status(ADMIN, PROJECT, MARCH).level(L1).availableMinutes());
        AuditEntry entry = host.audit.entries().get(host.audit.entries().size() - 1);
        assertEquals(AuditEntry.Action.ADD_TOP_UP, entry.action());
        assertEquals("<link>Erika Mustermann", entry.actor());
        assertTrue(entry.details(), entry.details().endsWith("decided by Erika Mustermann via link"));
        assertEquals(1, host.decisionMailer.announcements.size());
        assertEquals("the recipients learn the decision maker's note", List.of("budget approved"),
                host.decisionMailer.announcedNotes);

        // the second decision maker's link shows what was decided; the used link is gone; no second booking
        Decided seen = (Decided) host.decisionLinks.view(token(1));
        assertFalse(seen.byThisLink());
        assertEquals(120, seen.outcome().minutes());
        assertTrue(host.decisionLinks.decide(token(1), topUp(60)) instanceof Decided);
        assertEquals(new Neutral(), host.decisionLinks.view(token(0)));
        assertEquals(new Neutral(), host.decisionLinks.decide(token(0), topUp(60)));
        try {
            host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, "again");
            fail("a manager sees the customer's decision instead of booking a second one");
        } catch (ConflictException e) {
            assertEquals("decision.decidedByCustomer", e.code());
        }
        assertEquals(1, host.topUps.findByMonth(PROJECT, MARCH).size());
        assertEquals(1, host.decisionMailer.announcements.size());
    }

    @Test
    public void suspendingThroughTheLinkSuspendsTheLevelForTheRestOfTheMonth() {
        crossEighty();
        Decided decided = (Decided) host.decisionLinks.decide(token(1),
                new Choice(DecisionLink.Kind.SUSPEND, 0, null));
        assertEquals(DecisionLink.Kind.SUSPEND, decided.outcome().kind());
        Suspension suspension = host.suspensions.findByMonth(PROJECT, MARCH).get(0);
        assertEquals(L1, suspension.level());
        assertEquals("<link>John Doe", suspension.suspendedBy());
        assertEquals(InMemoryHost.berlin("2026-04-01T00:00"), suspension.until());
    }

    @Test
    public void aManagersDecisionFirstIsWhatTheLinksThenShow() {
        crossEighty();
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, "decided in Jira");
        Decided seen = (Decided) host.decisionLinks.view(token(0));
        assertFalse(seen.outcome().viaLink());
        assertEquals(60, seen.outcome().minutes());
        assertTrue(host.decisionLinks.decide(token(0), topUp(120)) instanceof Decided);
        assertEquals(List.of(Minutes.of(60)), host.topUps.findByMonth(PROJECT, MARCH).stream().map(TopUp::minutes).toList());
        // managers keep deciding in Jira after their own decision
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 30, "more");
        assertEquals(2, host.topUps.findByMonth(PROJECT, MARCH).size());
    }

    @Test
    public void aChoiceThatBreaksARuleIsNamedAtItsFieldAndStoresNothing() {
        crossEighty();
        expectField("minutes", () -> host.decisionLinks.review(token(0), topUp(7)));
        expectField("minutes", () -> host.decisionLinks.decide(token(0), topUp(0)));
        expectField("minutes", () -> host.decisionLinks.decide(token(0), topUp(10_000_000L)));
        expectField("note", () -> host.decisionLinks.decide(token(0),
                new Choice(DecisionLink.Kind.SUSPEND, 0, "hidden\u202Etext")));
        assertTrue(host.topUps.findByMonth(PROJECT, MARCH).isEmpty());
        assertTrue(host.suspensions.findByMonth(PROJECT, MARCH).isEmpty());
        assertTrue("the link is still open", host.decisionLinks.view(token(0)) instanceof Open);
    }

    @Test
    public void unknownTamperedMalformedExpiredAndClosedMonthLinksAllGetTheSameNeutralAnswer() {
        crossEighty();
        String good = token(0);
        String tampered = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        String unknown = DecisionToken.create(new java.security.SecureRandom());
        for (String bad : new String[] {tampered, unknown, good + "x", good.substring(1), "", null,
            "../../contract", good.toUpperCase()}) {
            assertEquals(bad, new Neutral(), host.decisionLinks.view(bad));
            assertEquals(bad, new Neutral(), host.decisionLinks.decide(bad, topUp(60)));
        }
        // the last instant of March still decides; the end of March (Berlin) ends the link, also for April
        host.setTime("2026-03-31T23:59");
        assertTrue(host.decisionLinks.view(good) instanceof Open);
        host.setTime("2026-04-01T00:00");
        assertEquals(new Neutral(), host.decisionLinks.view(good));
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        assertEquals(new Neutral(), host.decisionLinks.view(token(1)));
        assertEquals(new Neutral(), host.decisionLinks.decide(token(1), topUp(60)));
        assertTrue(host.topUps.findByMonth(PROJECT, MARCH).isEmpty());
    }

    @Test
    public void newTermsThatChangeTheContingentRetireTheLinkIssuedForTheOldOne() {
        crossEighty();
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                .level("L1", 600L, "70")
                .decisionMaker("Erika Mustermann", "erika@kunde.example", "de").build());
        assertEquals(new Neutral(), host.decisionLinks.view(token(0)));
    }

    @Test
    public void aLinkDecisionRacingAManagersDecisionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                setUp();
                crossEighty();
                String token = token(0);
                CountDownLatch start = new CountDownLatch(1);
                Future<Object> link = pool.submit(() -> {
                    start.await();
                    return host.decisionLinks.decide(token, topUp(120));
                });
                Future<Object> manager = pool.submit(() -> {
                    start.await();
                    try {
                        return host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, "in Jira");
                    } catch (ConflictException e) {
                        return e;
                    }
                });
                start.countDown();
                Object linkResult = link.get(30, TimeUnit.SECONDS);
                Object managerResult = manager.get(30, TimeUnit.SECONDS);
                List<TopUp> stored = host.topUps.findByMonth(PROJECT, MARCH);
                assertEquals("round " + round, 1, stored.size());
                Decided decided = (Decided) linkResult;
                if (decided.byThisLink()) {
                    assertTrue(managerResult instanceof ConflictException);
                    assertEquals(Minutes.of(120), stored.get(0).minutes());
                } else {
                    assertTrue(managerResult instanceof TopUp);
                    assertEquals(Minutes.of(60), stored.get(0).minutes());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expectField(String field, Runnable call) {
        try {
            call.run();
            fail("expected a violation at " + field);
        } catch (ValidationException e) {
            assertEquals(field, e.violations().get(0).field());
        }
    }
}
