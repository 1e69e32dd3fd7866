package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.ClusterLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One JVM standing in for the cluster: a re-entrant lock per name. */
public final class InMemoryClusterLock implements ClusterLock {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final List<String> acquired = new ArrayList<>();

    @Override
    public <T> T withLock(String lockName, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, n -> new ReentrantLock());
        lock.lock();
        try {
            synchronized (acquired) {
                acquired.add(lockName);
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Names in the order they were acquired. */
    public List<String> acquired() {
        synchronized (acquired) {
            return new ArrayList<>(acquired);
        }
    }

    /** Whether the current thread holds the named lock. */
    public boolean isHeldByCurrentThread(String lockName) {
        ReentrantLock lock = locks.get(lockName);
        return lock != null && lock.isHeldByCurrentThread();
    }
}
