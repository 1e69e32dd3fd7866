package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.ao.entity.IdempotencyKeyEntity;
import de.tieredsupport.contingent.ao.entity.TopUpEntity;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.CustomerDecisions;
import de.tieredsupport.contingent.service.IdempotencyKeyReusedException;
import de.tieredsupport.contingent.service.IdempotentWrites;
import de.tieredsupport.contingent.service.inmemory.InMemoryAuditLog;
import de.tieredsupport.contingent.service.inmemory.InMemoryClusterLock;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.RecordingAlertSender;
import de.tieredsupport.contingent.service.inmemory.InMemoryUserRights;
import de.tieredsupport.contingent.service.inmemory.MutableClock;
import de.tieredsupport.contingent.service.port.ClusterLock;
import de.tieredsupport.contingent.service.port.IdempotencyRecord;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Idempotency keys on the real AO stores (H2 and PostgreSQL): a repeated top-up with the same key stores one top-up
 * and answers the first answer; a different request with the key is refused; the key and the top-up commit or roll
 * back together; three simultaneous requests with one key store one top-up; keys expire after 24 hours and expired
 * ones are deleted in bounded batches.
 */
@RunWith(Parameterized.class)
public class AoIdempotentWritesTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private static final long PROJECT = 10_000L;
    private static final String ADMIN = "admin";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final AoTestDatabase.Kind kind;
    private AoTestDatabase database;
    private TestActiveObjects ao;
    private MutableClock clock;
    private ArrivalCountingLock lock;
    private CustomerDecisions decisions;
    private IdempotentWrites writes;
    private AoIdempotencyStore store;

    public AoIdempotentWritesTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }

    @Before
    public void wire() {
        database = AoTestDatabase.fresh(kind, "idempotency");
        ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
        clock = new MutableClock(InMemoryHost.berlin("2026-03-10T12:00"), InMemoryHost.BERLIN);
        lock = new ArrivalCountingLock();
        ContingentLedger ledger = new ContingentLedger(new AoContractStore(ao), new AoBookingStore(ao),
                new AoTotalsStore(ao), new AoTopUpStore(ao), new AoSuspensionStore(ao), new AoAlertStore(ao),
                new AoMonthCloseStore(ao), new AoChangeRequestStore(ao), lock, new AoTransactions(ao), clock);
        AccessPolicy policy = new AccessPolicy(new InMemoryUserRights().jiraAdmin(ADMIN));
        new ConfigureContract(ledger, policy, new InMemoryAuditLog())
                .configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").build());
        decisions = new CustomerDecisions(ledger, policy, new InMemoryAuditLog(), new RecordingAlertSender());
        store = new AoIdempotencyStore(ao);
        writes = new IdempotentWrites(ledger, store);
    }

    @After
    public void close() {
        database.close();
    }

    private static IdempotentWrites.Request request(String key, String body) {
        return new IdempotentWrites.Request(ADMIN, PROJECT, "top-up", key,
                IdempotentWrites.hash("POST months/2026-03/top-ups", body.getBytes()));
    }

    private Supplier<TopUp> topUp(long minutes) {
        return () -> decisions.addTopUp(ADMIN, PROJECT, MARCH, SupportLevel.L1, minutes, "more");
    }

    private static IdempotentWrites.Answer created(TopUp topUp) {
        return new IdempotentWrites.Answer(201, "{\"minutes\":" + topUp.minutes().toLong() + ",\"at\":\"" + topUp.grantedAt()
                + "\"}");
    }

    @Test
    public void aRepeatAnswersTheFirstAnswerAndStoresNothing() {
        IdempotentWrites.Answer first = writes.perform(request("k-1", "{60}"), topUp(60),
                AoIdempotentWritesTest::created);
        clock.advance(Duration.ofMinutes(5));
        IdempotentWrites.Answer again = writes.perform(request("k-1", "{60}"), topUp(60),
                AoIdempotentWritesTest::created);

        assertEquals(1, ao.count(TopUpEntity.class));
        assertEquals(1, ao.count(IdempotencyKeyEntity.class));
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(201, again.status());
        assertEquals("the first answer, not one rendered now", first.body(), again.body());

        // without a key, or with another key, the same request is a new top-up
        topUp(60).get();
        writes.perform(request("k-2", "{60}"), topUp(60), AoIdempotentWritesTest::created);
        assertEquals(3, ao.count(TopUpEntity.class));
    }

    @Test
    public void theSameKeyForAnotherRequestIsRefusedAndChangesNothing() {
        writes.perform(request("k-1", "{60}"), topUp(60), AoIdempotentWritesTest::created);
        try {
            writes.perform(request("k-1", "{120}"), topUp(120), AoIdempotentWritesTest::created);
            fail("a key used for another body must be refused");
        } catch (IdempotencyKeyReusedException expected) {
            assertEquals("idempotencyKey.reused", expected.code());
        }
        assertEquals(1, ao.count(TopUpEntity.class));
        assertEquals(60L, ao.find(TopUpEntity.class)[0].getMinutes());
    }

    @Test
    public void keyAndTopUpRollBackTogether() {
        try {
            writes.perform(request("k-1", "{60}"), topUp(60), t -> {
                throw new IllegalStateException("the answer cannot be written");
            });
            fail("the failure must reach the caller");
        } catch (IllegalStateException expected) {
            // the write's transaction rolled back
        }
        assertEquals("no top-up without its key", 0, ao.count(TopUpEntity.class));
        assertEquals("no key without its top-up", 0, ao.count(IdempotencyKeyEntity.class));

        IdempotentWrites.Answer retried = writes.perform(request("k-1", "{60}"), topUp(60),
                AoIdempotentWritesTest::created);
        assertFalse("a failed write leaves the key free", retried.replayed());
        assertEquals(1, ao.count(TopUpEntity.class));
    }

    @Test
    public void threeSimultaneousRequestsWithOneKeyStoreOneTopUp() throws Exception {
        // the first to get the key's lock renders its answer inside its transaction only once the other two are
        // waiting for that lock: without the key's lock and record, each of them would store a top-up
        AtomicBoolean firstRender = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IdempotentWrites.Answer>> answers = new ArrayList<>();
        try {
            for (int t = 0; t < 3; t++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return writes.perform(request("double-click", "{60}"), topUp(60), topUp -> {
                        if (firstRender.getAndSet(false)) {
                            lock.awaitRequestArrivals(3);
                        }
                        return created(topUp);
                    });
                }));
            }
            start.countDown();
            List<IdempotentWrites.Answer> results = new ArrayList<>();
            for (Future<IdempotentWrites.Answer> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, ao.count(TopUpEntity.class));
            assertEquals(1, ao.count(IdempotencyKeyEntity.class));
            assertEquals(1, results.stream().filter(a -> !a.replayed()).count());
            assertEquals(1, results.stream().map(IdempotentWrites.Answer::body).distinct().count());
            assertTrue(results.stream().allMatch(a -> a.status() == 201));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void keysExpireAfterADayAndExpiredOnesAreDeleted() {
        writes.perform(request("old", "{60}"), topUp(60), AoIdempotentWritesTest::created);
        clock.advance(Duration.ofHours(23));
        writes.perform(request("younger", "{60}"), topUp(60), AoIdempotentWritesTest::created);
        clock.advance(Duration.ofHours(1));

        // 24 hours on, the old key is forgotten: the same request is carried out again
        IdempotentWrites.Answer afterADay = writes.perform(request("old", "{60}"), topUp(60),
                AoIdempotentWritesTest::created);
        assertFalse(afterADay.replayed());
        assertEquals(3, ao.count(TopUpEntity.class));
        assertEquals("the old key's row was replaced, the younger one kept", 2,
                ao.count(IdempotencyKeyEntity.class));
        assertTrue(writes.perform(request("younger", "{60}"), topUp(60), AoIdempotentWritesTest::created)
                .replayed());

        // the younger key expires 47 h after the start, the renewed old one 48 h after it
        clock.advance(Duration.ofMinutes(23 * 60 + 30));
        Instant renewedOld = clock.instant().minus(Duration.ofMinutes(23 * 60 + 30));
        writes.perform(request("new", "{60}"), topUp(60), AoIdempotentWritesTest::created);
        List<Instant> left = new ArrayList<>();
        for (IdempotencyKeyEntity row : ao.find(IdempotencyKeyEntity.class)) {
            left.add(Instant.ofEpochMilli(row.getCreatedAt()));
        }
        left.sort(null);
        assertEquals("the expired younger key was deleted by the next keyed write",
                List.of(renewedOld, clock.instant()), left);
    }

    @Test
    public void storeDeletesExpiredRowsInBoundedBatchesAndRefusesASecondLiveRow() {
        Instant now = clock.instant();
        for (int i = 0; i < 5; i++) {
            store.save(record("expired-" + i, now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(6))));
        }
        store.save(record("live", now, now.plus(Duration.ofHours(24))));

        assertEquals(2, store.deleteExpired(now, 2));
        assertEquals(4, ao.count(IdempotencyKeyEntity.class));
        assertEquals(3, store.deleteExpired(now, 100));
        assertEquals(0, store.deleteExpired(now, 100));
        assertEquals(1, ao.count(IdempotencyKeyEntity.class));

        IdempotencyRecord found = store.find("live").orElseThrow();
        assertEquals(record("live", now, now.plus(Duration.ofHours(24))), found);
        try {
            store.save(record("live", now.plusSeconds(1), now.plus(Duration.ofHours(25))));
            fail("the database must refuse a second row for a live key");
        } catch (RuntimeException expected) {
            assertEquals(1, ao.count(IdempotencyKeyEntity.class));
        }
        assertEquals(found, store.find("live").orElseThrow());
    }

    private static IdempotencyRecord record(String scope, Instant created, Instant expires) {
        return new IdempotencyRecord(scope, PROJECT, ADMIN, "top-up", "hash-of-" + scope, 201,
                "{\"minutes\":60,\"reason\":\"M\u00fcller \\\"quoted\\\"\"}", created, expires);
    }

    /** The tests' cluster lock, which lets a test wait until a number of threads asked for a request key's lock. */
    private static final class ArrivalCountingLock implements ClusterLock {

        private final InMemoryClusterLock lock = new InMemoryClusterLock();
        private int requestArrivals;

        @Override
        public <T> T withLock(String lockName, Supplier<T> work) {
            if (lockName.contains(".request.")) {
                synchronized (this) {
                    requestArrivals++;
                    notifyAll();
                }
            }
            return lock.withLock(lockName, work);
        }

        /** Waits (at most 30 s, a bound for a broken build, not a timing assumption) for {@code count} arrivals. */
        synchronized void awaitRequestArrivals(int count) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try {
                while (requestArrivals < count && System.nanoTime() < end) {
                    wait(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
