package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.YearMonth;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class CorrectLevelTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-16T12:00");
        host.configureSeed(PROJECT, "2026-03");
    }

    @Test
    public void shouldMoveTheBookingToTheCorrectedLevelAndAuditIt() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        Booking corrected = host.correctLevel.correct(ADMIN, PROJECT, 1, L2, "analysis was 2nd level work");

        assertEquals(L2, corrected.level());
        assertEquals(corrected, host.bookings.find(1).orElseThrow());
        assertEquals(Minutes.of(0), host.totals.find(PROJECT, MARCH).orElseThrow().level(L1).usedMinutes());
        assertEquals(Minutes.of(60), host.totals.find(PROJECT, MARCH).orElseThrow().level(L2).usedMinutes());
        AuditEntry audit = host.audit.entries().get(host.audit.entries().size() - 1);
        assertEquals(AuditEntry.Action.CORRECT_LEVEL, audit.action());
        assertEquals("Worklog 1 of issue 1 in 2026-03: L1 -> L2; reason: analysis was 2nd level work",
                audit.details());
    }

    @Test
    public void shouldAlertOnTheTargetLevelThroughTheSamePath() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 600 * 60);    // L1 600 of 480: both L1 alerts
        host.correctLevel.correct(ADMIN, PROJECT, 1, L2, "was L2");         // L2 600 of 720 = 83 %
        assertEquals(List.of("L1@80", "L1@100", "L2@80"), host.sender.alerts().stream()
                .map(a -> a.level().key() + "@" + a.thresholdPercent()).toList());
    }

    @Test
    public void shouldBeANoOpForTheSameLevel() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        int auditBefore = host.audit.entries().size();
        host.correctLevel.correct(ADMIN, PROJECT, 1, L1, "same");
        assertEquals(auditBefore, host.audit.entries().size());
    }

    @Test
    public void shouldBecomeAnAdjustmentInAClosedMonth() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        host.setTime("2026-04-01T09:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.correctLevel.correct(ADMIN, PROJECT, 1, L2, "late correction");

        List<Adjustment> adjustments = host.billingReport.report(ADMIN, PROJECT, APRIL).adjustments();
        assertEquals(1, adjustments.size());
        // 60 min at 70 = 70.00 leaves L1, 60 min at 80 = 80.00 arrives in L2
        assertEquals(new Figures(-60, 0, 0, -60, eur("-70.00")), adjustments.get(0).level(L1));
        assertEquals(new Figures(60, 0, 0, 60, eur("80.00")), adjustments.get(0).level(L2));
        assertEquals(eur("10.00"), adjustments.get(0).totalAmount());
        // the snapshot is untouched
        assertEquals(eur("70.00"), host.billingReport.report(ADMIN, PROJECT, MARCH).result().totalAmount());
    }

    @Test(expected = NotFoundException.class)
    public void shouldRejectAnUnknownWorklog() {
        host.correctLevel.correct(ADMIN, PROJECT, 99, L2, "");
    }

    /**
     * Issue 12: the booking used to be looked up before the permission check, so a caller without the right learned
     * from 403 (booked) against 404 (not booked) which worklog ids were booked in a project.
     */
    @Test
    public void shouldCheckThePermissionBeforeLookingUpTheBooking() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        host.rights.browser("agent", PROJECT).projectAdmin("otherAdmin", 20_000L);
        for (long worklog : new long[] {1, 99}) {
            assertThrows(AccessDeniedException.class, () -> host.correctLevel.correct("agent", PROJECT, worklog, L2,
                    ""));
            for (String stranger : new String[] {"otherAdmin", "stranger", null}) {
                assertThrows(ProjectNotVisibleException.class, () -> host.correctLevel.correct(stranger, PROJECT,
                        worklog, L2, ""));
            }
        }
        assertEquals(L1, host.bookings.find(1).orElseThrow().level());
    }

    @Test
    public void shouldReportABookingOfAnotherProjectLikeAMissingOneWithoutIds() {
        host.configureSeed(20_000L, "2026-03");
        host.log(7, 7, 20_000L, "2026-03-02T09:00", 3600);
        NotFoundException other = assertThrows(NotFoundException.class,
                () -> host.correctLevel.correct(ADMIN, PROJECT, 7, L2, ""));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> host.correctLevel.correct(ADMIN, PROJECT, 99, L2, ""));
        assertEquals(missing.getMessage(), other.getMessage());
        assertEquals("booking.unknown", other.code());
        assertFalse(other.getMessage(), other.getMessage().matches(".*\\d.*"));
    }

    @Test
    public void shouldRefuseAReasonWithInvisibleFormatCharacters() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 3600);
        int auditBefore = host.audit.entries().size();
        ValidationException refused = assertThrows(ValidationException.class,
                () -> host.correctLevel.correct(ADMIN, PROJECT, 1, L2, "approved\u202E by nobody"));
        assertEquals("reason", refused.violations().get(0).field());
        assertEquals("text.formatCharacters", refused.violations().get(0).code());
        assertEquals(L1, host.bookings.find(1).orElseThrow().level());
        assertEquals(auditBefore, host.audit.entries().size());
    }
}
