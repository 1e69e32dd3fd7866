package de.tieredsupport.contingent.sandbox.fakejira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.beehive.ClusterLock;

import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The database-backed cluster lock fake, as two nodes see it through one database (H2 and PostgreSQL): one holder
 * at a time across nodes, re-entrant per thread, freed only by its owner, {@code tryLock} with a time waits for a
 * release and gives up otherwise, and a restarted node frees what its crashed life held.
 */
@RunWith(Parameterized.class)
public class DatabaseClusterLockServiceTest {

    private static final String LOCK = "de.tieredsupport.support-contingent:month.10000.2026-03";

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    private final String database;
    private TestPostgresDatabase postgres;
    private String url;
    private String user;
    private String password;
    private final List<DatabaseClusterLockService> nodes = new ArrayList<>();

    public DatabaseClusterLockServiceTest(String database) {
        this.database = database;
    }

    @Before
    public void openDatabase() {
        if (database.equals("H2")) {
            url = "jdbc:h2:mem:locks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        } else {
            postgres = TestPostgres.createDatabase("cluster_lock");
            url = postgres.jdbcUrl();
            user = postgres.user();
            password = postgres.password();
        }
    }

    @After
    public void closeDatabase() throws Exception {
        nodes.forEach(DatabaseClusterLockService::close);
        if (postgres != null) {
            postgres.close();
        } else if (url != null) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private DatabaseClusterLockService node(String id) {
        DatabaseClusterLockService node = DatabaseClusterLockService.of(url, user, password, id);
        nodes.add(node);
        return node;
    }

    /** Runs {@code work} on another thread and returns its result (a lock is held per thread). */
    private static <T> T onOtherThread(java.util.concurrent.Callable<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(work).get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    public void twoNodesNeverHoldTheLockAtTheSameTime() throws Exception {
        DatabaseClusterLockService a = node("node-a");
        DatabaseClusterLockService b = node("node-b");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        int[] unguarded = new int[1];
        int threadsPerNode = 3;
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerNode);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (DatabaseClusterLockService node : List.of(a, b)) {
            for (int t = 0; t < threadsPerNode; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        ClusterLock lock = node.getLockForName(LOCK);
                        assertTrue(lock.tryLock(30, TimeUnit.SECONDS));
                        try {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            int read = unguarded[0];
                            Thread.yield();
                            unguarded[0] = read + 1;
                            inside.decrementAndGet();
                        } finally {
                            lock.unlock();
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals("one holder at a time", 1, mostInside.get());
        assertEquals("no increment lost", 2 * threadsPerNode * rounds, unguarded[0]);
        assertNull("free after the last unlock", a.ownerOf(LOCK));
    }

    @Test
    public void aThreadMayLockAgainWhatItHoldsAndTheRowIsFreedByTheLastUnlock() throws Exception {
        DatabaseClusterLockService a = node("node-a");
        DatabaseClusterLockService b = node("node-b");
        ClusterLock lock = a.getLockForName(LOCK);
        assertTrue(lock.tryLock());
        assertTrue("re-entrant", lock.tryLock(1, TimeUnit.SECONDS));
        lock.lock();
        lock.unlock();
        lock.unlock();
        assertEquals("still held once", "node-a", a.ownerOf(LOCK));
        assertFalse(onOtherThread(() -> b.getLockForName(LOCK).tryLock()));
        assertFalse("another thread of the same node waits too", onOtherThread(() -> lock.tryLock()));

        lock.unlock();

        assertNull(a.ownerOf(LOCK));
        assertTrue(onOtherThread(() -> {
            ClusterLock other = b.getLockForName(LOCK);
            boolean taken = other.tryLock();
            other.unlock();
            return taken;
        }));
    }

    @Test
    public void onlyTheOwnerFreesTheLock() throws Exception {
        DatabaseClusterLockService a = node("node-a");
        DatabaseClusterLockService b = node("node-b");
        ClusterLock held = a.getLockForName(LOCK);
        held.lock();
        try {
            onOtherThread(() -> {
                try {
                    b.getLockForName(LOCK).unlock();
                    fail("node-b freed node-a's lock");
                } catch (IllegalMonitorStateException expected) {
                    // the other node does not hold it
                }
                try {
                    held.unlock();
                    fail("another thread freed the holder's lock");
                } catch (IllegalMonitorStateException expected) {
                    // the same node, but not the holding thread
                }
                return null;
            });
            assertEquals("node-a", b.ownerOf(LOCK));
            assertFalse(onOtherThread(() -> b.getLockForName(LOCK).tryLock()));
        } finally {
            held.unlock();
        }
        assertNull(a.ownerOf(LOCK));
    }

    @Test
    public void tryLockWithATimeGivesUpWhileHeldAndWaitsForARelease() throws Exception {
        DatabaseClusterLockService a = node("node-a");
        DatabaseClusterLockService b = node("node-b");
        ClusterLock held = a.getLockForName(LOCK);
        held.lock();
        assertFalse("busy the whole time", onOtherThread(() -> b.getLockForName(LOCK).tryLock(150,
                TimeUnit.MILLISECONDS)));

        ExecutorService waiter = Executors.newSingleThreadExecutor();
        CountDownLatch waiting = new CountDownLatch(1);
        Future<String> taken = waiter.submit(() -> {
            ClusterLock lock = b.getLockForName(LOCK);
            waiting.countDown();
            boolean acquired = lock.tryLock(30, TimeUnit.SECONDS);
            String owner = b.ownerOf(LOCK);
            if (acquired) {
                lock.unlock();
            }
            return acquired ? owner : null;
        });
        waiting.await();
        Thread.sleep(100);
        held.unlock();
        assertEquals("the waiting node got it after the release", "node-b", taken.get(30, TimeUnit.SECONDS));
        waiter.shutdown();
    }

    @Test
    public void aRestartedNodeFreesTheLocksItsCrashedLifeHeld() throws Exception {
        DatabaseClusterLockService crashed = node("node-a");
        DatabaseClusterLockService b = node("node-b");
        assertTrue(crashed.getLockForName(LOCK).tryLock());
        crashed.close();
        assertFalse(onOtherThread(() -> b.getLockForName(LOCK).tryLock()));

        node("node-a");

        assertNull(b.ownerOf(LOCK));
        assertTrue(onOtherThread(() -> {
            ClusterLock lock = b.getLockForName(LOCK);
            boolean acquired = lock.tryLock();
            lock.unlock();
            return acquired;
        }));
    }
}
