package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.RecordingAlertSender;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Before;
import org.junit.Test;

public class AlertingTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-03");
    }

    private static String thresholdsOf(List<Alert> alerts) {
        return alerts.stream().map(a -> a.level().key() + "@" + a.thresholdPercent() + "/" + a.availableMinutes().toLong())
                .toList().toString();
    }

    //-----------------------------------------------------------------------
    // crossing
    //-----------------------------------------------------------------------
    @Test
    public void shouldAlertOnceWhenUsageCrossesEightyPercent() {
        // L1: 480 available, 80 % = 384 min
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        assertEquals(List.of(), host.sender.alerts());

        host.log(2, 1, PROJECT, "2026-03-02T16:00", 4 * 60);   // 4 min bill 5: 385, crosses 384
        host.log(3, 1, PROJECT, "2026-03-03T09:00", 5 * 60);   // 390: already past

        assertEquals("[L1@80/480]", thresholdsOf(host.sender.alerts()));
        Alert alert = host.sender.alerts().get(0);
        assertEquals(Minutes.of(385), alert.usedMinutes());
        assertEquals(host.clock.instant(), alert.firedAt());
        RecordingAlertSender.Sent sent = host.sender.sent().get(0);
        assertEquals(PROJECT, sent.contract().projectId());
        assertEquals(Minutes.of(480), alert.availableMinutes());
        assertEquals(List.of(alert), host.getStatus.status(InMemoryHost.ADMIN, PROJECT, MARCH).alerts());
    }

    @Test
    public void theAlertNamesTheWorklogThatCrossedAndWhenItStartedAndWasLogged() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 380 * 60);
        host.log(2, 1, PROJECT, "2026-03-02T16:00", 4 * 60);
        Alert alert = host.sender.alerts().get(0);
        Alert.Crossing crossing = alert.crossingBooking().orElseThrow();
        assertEquals(2, crossing.worklogId());
        assertEquals(InMemoryHost.berlin("2026-03-02T16:00"), crossing.worklogStart());
        assertEquals(host.bookings.find(2).orElseThrow().updated(), crossing.bookedAt());
        assertEquals("the stored alert keeps it", List.of(alert), host.alerts.findByMonth(PROJECT, MARCH));
    }

    @Test
    public void aLevelCorrectionThatCrossesNamesTheCorrectedWorklog() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 600 * 60);
        host.escalate(7, L2);
        host.log(2, 7, PROJECT, "2026-03-03T09:00", 500 * 60);
        int before = host.sender.alerts().size();
        host.correctLevel.correct(ADMIN, PROJECT, 1, L2, "second level work");
        List<Alert> fired = host.sender.alerts().subList(before, host.sender.alerts().size());
        assertEquals("[L2@80/720, L2@100/720]", thresholdsOf(fired));
        assertEquals(List.of(1L, 1L), fired.stream().map(a -> a.crossingBooking().orElseThrow().worklogId()).toList());
    }

    @Test
    public void shouldFireBothThresholdsForOneBigBooking() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 500 * 60);
        assertEquals("[L1@80/480, L1@100/480]", thresholdsOf(host.sender.alerts()));
    }

    @Test
    public void shouldAlertOnAnyUsageOfAZeroContingent() {
        host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").level("L2", 0L, "80")
                .build());
        host.escalate(7, L2);
        host.log(1, 7, PROJECT, "2026-03-02T09:00", 1);
        host.log(2, 7, PROJECT, "2026-03-02T10:00", 1);
        assertEquals("[L2@80/0, L2@100/0]", thresholdsOf(host.sender.alerts()));
    }

    @Test
    public void shouldNotAlertForSuspendedWork() {
        host.setTime("2026-03-02T08:00");
        host.customerDecisions.suspend(ADMIN, PROJECT, L1, "budget");
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 500 * 60);
        assertEquals(List.of(), host.sender.alerts());
    }

    //-----------------------------------------------------------------------
    // idempotency
    //-----------------------------------------------------------------------
    @Test
    public void shouldNotAlertTwiceWhenEventsAreReplayed() {
        WorklogChange big = WorklogChange.created(1, 1, PROJECT, "agent", InMemoryHost.berlin("2026-03-02T09:00"),
                400 * 60, Instant.EPOCH);
        host.recordWorklogChange.record(big);
        host.recordWorklogChange.record(big);
        host.recordWorklogChange.record(big);
        assertEquals(1, host.sender.alerts().size());
        assertEquals(1, host.alerts.all().size());
    }

    @Test
    public void shouldNotAlertTwiceWhenUsageDropsAndRisesAgain() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 400 * 60);
        host.delete(1);
        host.log(2, 1, PROJECT, "2026-03-03T09:00", 400 * 60);
        assertEquals("[L1@80/480]", thresholdsOf(host.sender.alerts()));
    }

    @Test
    public void shouldFireEachKeyAtMostOnceWhateverTheEventOrder() {
        List<WorklogChange> events = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            events.add(WorklogChange.created(i, i, PROJECT, "agent",
                    InMemoryHost.berlin("2026-03-02T09:00").plusSeconds(3600L * i), 45 * 60, Instant.EPOCH));
        }
        for (long seed = 1; seed <= 20; seed++) {
            InMemoryHost fresh = InMemoryHost.at("2026-03-10T12:00");
            fresh.configureSeed(PROJECT, "2026-03");
            List<WorklogChange> shuffled = new ArrayList<>(events);
            shuffled.addAll(events.subList(0, 5));   // some replays
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.forEach(fresh.recordWorklogChange::record);
            // 12 x 45 = 540 min of 480: both thresholds, each exactly once
            assertEquals("seed " + seed, "[L1@80/480, L1@100/480]",
                    thresholdsOf(fresh.sender.alerts().stream()
                            .sorted(java.util.Comparator.comparingInt(Alert::thresholdPercent)).toList()));
        }
    }

    //-----------------------------------------------------------------------
    // top-up re-arms
    //-----------------------------------------------------------------------
    @Test
    public void shouldReArmThresholdsAboveUsageAfterATopUp() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 400 * 60);        // 83 % of 480
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 120, "customer approved 2 h");
        // now 400 of 600: 66 %; 80 % of 600 = 480
        host.log(2, 1, PROJECT, "2026-03-03T09:00", 60 * 60);         // 460: below
        host.log(3, 1, PROJECT, "2026-03-04T09:00", 20 * 60);         // 480: crosses 80 % again (new key)

        assertEquals("[L1@80/480, L1@80/600]", thresholdsOf(host.sender.alerts()));
    }

    @Test
    public void shouldNotReFireThresholdsAlreadyBelowUsageAfterATopUp() {
        host.log(1, 1, PROJECT, "2026-03-02T09:00", 470 * 60);        // 98 % of 480
        host.customerDecisions.addTopUp(ADMIN, PROJECT, MARCH, L1, 60, "1 h more");
        host.log(2, 1, PROJECT, "2026-03-03T09:00", 5 * 60);          // 475 of 540 = 88 %: 80 % (432) was passed
        assertEquals("[L1@80/480]", thresholdsOf(host.sender.alerts()));
    }

    //-----------------------------------------------------------------------
    // closed months and failing senders
    //-----------------------------------------------------------------------
    @Test
    public void shouldNotAlertForLateWorkInAClosedMonth() {
        host.setTime("2026-04-02T10:00");
        host.closeMonth.close(ADMIN, PROJECT, MARCH);
        host.log(1, 1, PROJECT, "2026-03-30T09:00", 500 * 60);
        assertEquals(List.of(), host.sender.alerts());
    }

    @Test
    public void shouldKeepTheBookingWhenSendingFails() {
        InMemoryHost h = host;
        RecordWorklogChange failing = new RecordWorklogChange(h.ledger, h.levels,
                (Alert alert, Contract contract) -> {
                    throw new IllegalStateException("mail queue down");
                }, h.changeRequestNotifier);
        failing.record(WorklogChange.created(1, 1, PROJECT, "agent", InMemoryHost.berlin("2026-03-02T09:00"),
                400 * 60, Instant.EPOCH));
        assertTrue(h.bookings.find(1).isPresent());
        assertEquals(1, h.alerts.all().size());
    }
}
