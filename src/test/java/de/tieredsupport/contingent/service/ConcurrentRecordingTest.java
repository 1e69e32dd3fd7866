package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static org.junit.Assert.assertEquals;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Two "nodes" record into one month at the same time. */
public class ConcurrentRecordingTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final int PER_THREAD = 200;

    @Test
    public void shouldLoseNoUpdateAndSendEachAlertOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            InMemoryHost host = InMemoryHost.at("2026-03-10T12:00");
            host.configureSeed(PROJECT, "2026-03");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t * PER_THREAD;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 1; i <= PER_THREAD; i++) {
                        long id = offset + i;
                        // 61 s each: billed 5 min
                        host.log(id, id, PROJECT, "2026-03-02T09:00", 61);
                        if (i % 10 == 0) {
                            host.delete(id);   // interleaved deletions
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            // 2 x 200 worklogs, 2 x 20 deleted: 360 x 5 min
            MonthTotals totals = host.totals.find(PROJECT, MARCH).orElseThrow();
            assertEquals(Minutes.of(1800), totals.level(L1).usedMinutes());
            assertEquals(MonthTotals.recount(PROJECT, MARCH, host.bookings.findByMonth(PROJECT, MARCH),
                    LevelMinutes.ZERO).level(L1).usedMinutes(), totals.level(L1).usedMinutes());
            List<Alert> sent = host.sender.alerts();
            assertEquals("each key once: " + sent, sent.size(), new HashSet<>(sent.stream().map(Alert::key)
                    .toList()).size());
            assertEquals(2, sent.size());
        }
    }
}
