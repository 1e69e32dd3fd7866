package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.ao.entity.FiredAlertEntity;
import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.RecordWorklogChange;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.service.inmemory.InMemoryAuditLog;
import de.tieredsupport.contingent.service.inmemory.InMemoryClusterLock;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueLevelLookup;
import de.tieredsupport.contingent.service.inmemory.InMemoryUserRights;
import de.tieredsupport.contingent.service.inmemory.MutableClock;
import de.tieredsupport.contingent.service.inmemory.RecordingAlertSender;
import de.tieredsupport.contingent.service.inmemory.RecordingChangeRequestNotifier;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Two threads book worklogs into one month through the real AO stores on H2 and PostgreSQL, crossing the 80 %
 * and 100 % thresholds: no booking or minute is lost, totals equal a recount, and every alert is recorded and sent
 * once.
 */
@RunWith(Parameterized.class)
public class AoConcurrentRecordingTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private final AoTestDatabase.Kind kind;

    public AoConcurrentRecordingTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }


    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final int PER_THREAD = 60;

    @Test
    public void twoThreadsLoseNothingAndAlertOnce() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.fresh(kind, "ao_concurrent")) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            MutableClock clock = new MutableClock(InMemoryHost.berlin("2026-03-10T12:00"), InMemoryHost.BERLIN);
            AoTotalsStore totals = new AoTotalsStore(ao);
            AoBookingStore bookings = new AoBookingStore(ao);
            ContingentLedger ledger = new ContingentLedger(new AoContractStore(ao), bookings, totals,
                    new AoTopUpStore(ao), new AoSuspensionStore(ao), new AoAlertStore(ao), new AoMonthCloseStore(ao),
                    new AoChangeRequestStore(ao), new InMemoryClusterLock(), new AoTransactions(ao), clock);
            new ConfigureContract(ledger, new AccessPolicy(new InMemoryUserRights().jiraAdmin("admin")),
                    new InMemoryAuditLog()).configure("admin", InMemoryHost.seedDraft(PROJECT, "2026-03").build());
            InMemoryIssueLevelLookup levels = new InMemoryIssueLevelLookup();
            levels.set(1, SupportLevel.L1);
            RecordingAlertSender sender = new RecordingAlertSender();
            RecordWorklogChange record = new RecordWorklogChange(ledger, levels, sender,
                    new RecordingChangeRequestNotifier());

            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t * PER_THREAD;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 1; i <= PER_THREAD; i++) {
                        long id = offset + i;
                        // 5 minutes each: 120 bookings = 600 minutes against 480 available on L1.
                        record.record(WorklogChange.created(id, 1, PROJECT, "agent",
                                InMemoryHost.berlin("2026-03-02T08:00").plusSeconds(id * 60), 240, clock.instant()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertEquals(2 * PER_THREAD, ao.count(BookingEntity.class));
            MonthTotals stored = totals.find(PROJECT, MARCH).orElseThrow();
            assertEquals(Minutes.of(2 * PER_THREAD * 5L), stored.level(SupportLevel.L1).usedMinutes());
            LevelMinutes available = LevelMinutes.byLevel(level -> Minutes.of(stored.level(level).availableMinutes().toLong()));
            assertEquals(MonthTotals.recount(PROJECT, MARCH, bookings.findByMonth(PROJECT, MARCH), available), stored);

            assertEquals("80 % and 100 % of L1", 2, ao.count(FiredAlertEntity.class));
            List<Alert> sent = sender.alerts();
            Set<Alert.Key> keys = new HashSet<>();
            sent.forEach(alert -> keys.add(alert.key()));
            assertEquals("each alert sent once", sent.size(), keys.size());
            assertEquals(2, sent.size());
        }
    }
}
