package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class CustomerDecisionsTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-16T12:00");
        host.configureSeed(PROJECT, "2026-03");
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = host.audit.entries();
        return entries.get(entries.size() - 1);
    }

    //-----------------------------------------------------------------------
    // top-up
    //-----------------------------------------------------------------------
    @Test
    public void shouldAddATopUpToTheMonthAndAuditIt() {
        TopUp topUp = host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L2, 120, "urgent release");

        assertEquals(new TopUp(PROJECT, MARCH, L2, Minutes.of(120), ADMIN, "urgent release", host.clock.instant()), topUp);
        assertEquals(Minutes.of(840), host.getStatus.status(ADMIN, PROJECT, MARCH).level(L2).availableMinutes());
        assertEquals(Minutes.of(840), host.totals.find(PROJECT, MARCH).orElseThrow().level(L2).availableMinutes());
        assertEquals(AuditEntry.Action.ADD_TOP_UP, lastAudit().action());
        assertEquals("Top-up of 120 min for L2 in 2026-03; reason: urgent release", lastAudit().details());
    }

    @Test
    public void aTopUpCountsForTheAlertsOfTheNextWorklog() {
        host.log(1, 1, PROJECT, "2026-03-16T09:00", 300 * 60);      // 300 of 480 min: below 80 %
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 120, "release");
        host.log(2, 1, PROJECT, "2026-03-16T14:00", 100 * 60);      // 400 of 600: 66 %, not 83 % of 480
        assertTrue("no alert against the contingent without the top-up", host.sender.alerts().isEmpty());
        host.log(3, 1, PROJECT, "2026-03-16T16:00", 80 * 60);       // 480 of 600: 80 %
        assertEquals(1, host.sender.alerts().size());
        assertEquals(Minutes.of(600), host.sender.alerts().get(0).availableMinutes());
        assertEquals(80, host.sender.alerts().get(0).thresholdPercent());
    }

    @Test
    public void shouldRejectTopUpsThatAreNotWholeIncrements() {
        for (long minutes : new long[] {0, -5, 7}) {
            try {
                host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, minutes, "");
                fail();
            } catch (ValidationException e) {
                assertEquals("minutes", e.violations().get(0).field());
            }
        }
        assertTrue(host.topUps.findByMonth(PROJECT, MARCH).isEmpty());
    }

    @Test
    public void shouldRejectTopUpsForClosedMonthsAndMonthsWithoutTerms() {
        host.setTime("2026-04-02T09:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        try {
            host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, "");
            fail();
        } catch (ConflictException e) {
            assertEquals("month.closed", e.code());
        }
        try {
            host.customerDecisions.addTopUp(ADMIN, PROJECT, YearMonth.of(2026, 2), L1, 60, "");
            fail();
        } catch (NotFoundException expected) {
            // ok
        }
    }

    //-----------------------------------------------------------------------
    // suspend / resume
    //-----------------------------------------------------------------------
    @Test
    public void shouldFlagWorkStartedWhileSuspendedAndNeverBillIt() {
        host.log(1, 1, PROJECT, "2026-03-16T09:00", 3600);          // before the suspension
        Suspension s = host.customerDecisions.suspend(ADMIN, PROJECT, L1, "contingent used up");
        host.log(2, 2, PROJECT, "2026-03-16T13:00", 1800);          // after
        host.escalate(3, L2);
        host.log(3, 3, PROJECT, "2026-03-16T13:00", 1800);          // other level: not suspended

        assertEquals(InMemoryHost.berlin("2026-03-16T12:00"), s.from());
        assertEquals(InMemoryHost.berlin("2026-04-01T00:00"), s.until());
        assertTrue(host.bookings.find(2).orElseThrow().suspended());
        assertFalse(host.bookings.find(3).orElseThrow().suspended());
        MonthResult.LevelLine l1 = host.billingReport.report(ADMIN, PROJECT, MARCH).result().line(L1);
        assertEquals(new Figures(60, 0, 30, 60, de.tieredsupport.contingent.domain.TestData.eur("70.00")),
                l1.figures());
        assertEquals(Minutes.of(30), host.getStatus.status(ADMIN, PROJECT, MARCH).level(L1).suspendedMinutes());
        assertTrue(host.getStatus.status(ADMIN, PROJECT, MARCH).isSuspended(L1));
        assertEquals(AuditEntry.Action.SUSPEND, lastAudit().action());
    }

    @Test
    public void shouldFlagAlreadyLoggedWorkThatStartsInsideTheWindow() {
        host.log(1, 1, PROJECT, "2026-03-20T09:00", 3600);          // logged ahead of time
        host.customerDecisions.suspend(ADMIN, PROJECT, null, "stop");
        assertTrue(host.bookings.find(1).orElseThrow().suspended());
        assertEquals(Minutes.of(0), host.totals.find(PROJECT, MARCH).orElseThrow().level(L1).usedMinutes());
        assertEquals(Minutes.of(60), host.totals.find(PROJECT, MARCH).orElseThrow().level(L1).suspendedMinutes());
    }

    @Test
    public void shouldRejectSuspendingTwice() {
        host.customerDecisions.suspend(ADMIN, PROJECT, null, "stop");
        for (de.tieredsupport.contingent.domain.SupportLevel level : new de.tieredsupport.contingent.domain.SupportLevel[] {
                null, L2}) {
            try {
                host.customerDecisions.suspend(ADMIN, PROJECT, level, "again");
                fail();
            } catch (ConflictException e) {
                assertEquals("suspension.active", e.code());
            }
        }
    }

    @Test
    public void shouldResumeOneLevelOfAnAllLevelsSuspension() {
        host.customerDecisions.suspend(ADMIN, PROJECT, null, "stop");
        host.clock.advance(java.time.Duration.ofHours(2));
        List<Suspension> after = host.customerDecisions.resume(ADMIN, PROJECT, L2);

        // the all-levels window ends now; L1 and L3 continue from now
        assertEquals(3, after.size());
        assertEquals(host.clock.instant(), after.get(0).until());
        host.log(1, 1, PROJECT, "2026-03-16T15:00", 600);
        host.escalate(2, L2);
        host.log(2, 2, PROJECT, "2026-03-16T15:00", 600);
        host.escalate(3, L3);
        host.log(3, 3, PROJECT, "2026-03-16T13:00", 600);           // inside the original window
        assertTrue(host.bookings.find(1).orElseThrow().suspended());
        assertFalse(host.bookings.find(2).orElseThrow().suspended());
        assertTrue(host.bookings.find(3).orElseThrow().suspended());
        assertEquals(AuditEntry.Action.RESUME, lastAudit().action());
    }

    @Test
    public void workThatLeavesASuspensionByItsEndAlertsAsLoggedWorkDoes() {
        host.customerDecisions.suspend(ADMIN, PROJECT, null, "stop");
        host.log(1, 1, PROJECT, "2026-03-20T09:00", 400 * 60);      // logged ahead of time, inside the window
        assertTrue(host.bookings.find(1).orElseThrow().suspended());
        assertTrue(host.sender.alerts().isEmpty());
        host.clock.advance(java.time.Duration.ofHours(1));
        host.customerDecisions.resume(ADMIN, PROJECT, null);

        // 400 of 480 min at L1 count again: 83 %, past the 80 % threshold
        assertFalse(host.bookings.find(1).orElseThrow().suspended());
        assertEquals(Minutes.of(400), host.totals.find(PROJECT, MARCH).orElseThrow().level(L1).usedMinutes());
        assertEquals(1, host.sender.alerts().size());
        assertEquals(80, host.sender.alerts().get(0).thresholdPercent());
        assertEquals(Minutes.of(400), host.sender.alerts().get(0).usedMinutes());
        assertEquals(host.clock.instant(), host.sender.alerts().get(0).firedAt());
    }

    @Test
    public void shouldRejectResumingWhatIsNotSuspended() {
        try {
            host.customerDecisions.resume(ADMIN, PROJECT, null);
            fail();
        } catch (ConflictException e) {
            assertEquals("suspension.notActive", e.code());
        }
    }

    //-----------------------------------------------------------------------
    // issue 12: closed months, reasons
    //-----------------------------------------------------------------------

    /**
     * The current month cannot be closed on a clock that agrees with this node's, but a close may already be stored
     * for it (a node whose clock ran ahead, a restored backup): suspending and resuming must then refuse, as top-ups
     * do, and change nothing.
     */
    @Test
    public void shouldRefuseToSuspendOrResumeInAClosedMonth() {
        host.customerDecisions.suspend(ADMIN, PROJECT, L1, "before the close");
        de.tieredsupport.contingent.domain.Contract contract = host.contracts.find(PROJECT).orElseThrow();
        host.closes.saveIfAbsent(new de.tieredsupport.contingent.domain.MonthClose(PROJECT, MARCH,
                host.ledger.compute(contract, MARCH), List.of(), ADMIN, host.clock.instant()));
        List<Suspension> suspensions = host.suspensions.findByMonth(PROJECT, MARCH);
        int audited = host.audit.entries().size();
        for (Runnable decision : List.<Runnable>of(
                () -> host.customerDecisions.suspend(ADMIN, PROJECT, L2, "after the close"),
                () -> host.customerDecisions.suspend(ADMIN, PROJECT, null, "after the close"),
                () -> host.customerDecisions.resume(ADMIN, PROJECT, L1),
                () -> host.customerDecisions.resume(ADMIN, PROJECT, null))) {
            ConflictException refused = org.junit.Assert.assertThrows(ConflictException.class, decision::run);
            assertEquals("month.closed", refused.code());
            assertFalse(refused.getMessage(), refused.getMessage().contains(String.valueOf(PROJECT)));
        }
        assertEquals(suspensions, host.suspensions.findByMonth(PROJECT, MARCH));
        assertEquals(audited, host.audit.entries().size());
    }

    /** Bidi overrides and zero-width characters make an audit entry read differently from what it stores. */
    @Test
    public void shouldRefuseReasonsWithInvisibleFormatCharacters() {
        int audited = host.audit.entries().size();
        for (String reason : new String[] {"approved \u202Eby nobody", "zero\u200Bwidth", "\u2066isolate\u2069",
            "\uFEFFbom", "soft\u00ADhyphen", "joiner\u200D", "tag \uDB40\uDC41"}) {
            for (Runnable decision : List.<Runnable>of(
                    () -> host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, reason),
                    () -> host.customerDecisions.suspend(ADMIN, PROJECT, L1, reason))) {
                ValidationException refused = org.junit.Assert.assertThrows(reason, ValidationException.class,
                        decision::run);
                assertEquals("reason", refused.violations().get(0).field());
                assertEquals("text.formatCharacters", refused.violations().get(0).code());
            }
        }
        assertEquals(audited, host.audit.entries().size());
        assertTrue(host.topUps.findByMonth(PROJECT, MARCH).isEmpty());
        assertTrue(host.suspensions.findByMonth(PROJECT, MARCH).isEmpty());
        // visible text of any script still passes: umlauts, CJK, emoji, right-to-left letters
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60,
                "Gr\u00fc\u00dfe \u4f60\u597d \uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd");
    }
}
