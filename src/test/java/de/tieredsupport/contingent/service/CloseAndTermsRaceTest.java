package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * A month close and a change of the terms in force in that month, at the same time: the stored state must be that of
 * one of the two serial orders. Close first: the month is frozen with the old rate and the terms change is refused.
 * Terms first: the month closes with the new rate. Never a closed month whose stored terms differ from the rate it was
 * closed with (which a later level correction would then bill as an adjustment).
 */
public class CloseAndTermsRaceTest {

    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    public void aCloseAndATermsChangeOfTheSameMonthDoNotInterleave() throws Exception {
        InMemoryHost host = InMemoryHost.at("2026-03-10T12:00");
        host.configureSeed(PROJECT, "2026-03");
        host.log(1, 100, PROJECT, "2026-03-12T10:00", 3_600);
        host.setTime("2026-04-02T09:00");

        // the close pauses on its first read of the contract, long enough for the terms change to run in between
        CountDownLatch closeRead = new CountDownLatch(1);
        CountDownLatch termsDone = new CountDownLatch(1);
        Thread closer = Thread.currentThread();
        host.contracts.onFind(() -> {
            if (Thread.currentThread() == closer && closeRead.getCount() > 0) {
                closeRead.countDown();
                awaitQuietly(termsDone, 500);
            }
        });
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<String> terms = other.submit(() -> {
            closeRead.await();
            try {
                host.configureContract.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03")
                        .level("L1", 480L, "75").build());
                return "changed";
            } catch (ValidationException e) {
                return "refused";
            } finally {
                termsDone.countDown();
            }
        });
        MonthClose close = host.closeMonth.close(ADMIN, PROJECT, MARCH);
        String outcome = terms.get(10, TimeUnit.SECONDS);
        other.shutdown();

        Contract stored = host.contracts.find(PROJECT).orElseThrow();
        BigDecimal storedRate = stored.termsFor(MARCH).orElseThrow().hourlyRate(L1).amount();
        BigDecimal closedRate = close.result().line(L1).hourlyRate().amount();
        assertEquals("the closed month's rate is the rate of its stored terms (terms change " + outcome + ")",
                0, storedRate.compareTo(closedRate));
        assertTrue(outcome, outcome.equals("refused") || storedRate.compareTo(new BigDecimal("75")) == 0);
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
