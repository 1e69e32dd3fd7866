package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

/**
 * Fake of Jira's {@link ClusterLockService} for a single sandbox node: one re-entrant JVM lock per name. It is only
 * cluster-wide within this JVM; sandbox nodes sharing a database need a database-backed implementation of the same
 * interface, which {@code SandboxOptions.clusterLockService(...)} accepts in its place.
 */
public final class FakeClusterLockService implements ClusterLockService {

    private final Map<String, InJvmLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new InJvmLock());
    }

    /** Number of distinct lock names handed out so far. */
    public int lockCount() {
        return locks.size();
    }

    private static final class InJvmLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        /** Jira's cluster locks do not support conditions either. */
        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }
    }
}
