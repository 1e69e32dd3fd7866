package de.tieredsupport.contingent.jira;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The service layer's lock as a Jira cluster lock, so one (project, month) is booked by one node at a time.
 * Waiting is bounded: a worklog that cannot get the lock fails loudly and the reconciliation job books it.
 */
@Named
public final class JiraClusterLock implements de.tieredsupport.contingent.service.port.ClusterLock {

    static final String PREFIX = "de.tieredsupport.support-contingent:";
    static final long WAIT_SECONDS = 30;

    private final ClusterLockService locks;

    @Inject
    public JiraClusterLock(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> T withLock(String lockName, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(PREFIX + lockName);
        boolean acquired;
        try {
            acquired = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockUnavailableException(lockName, e);
        }
        if (!acquired) {
            throw new LockUnavailableException(lockName, null);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The lock stayed busy or the wait was interrupted; nothing was changed. */
    public static final class LockUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockUnavailableException(String lockName, Throwable cause) {
            super("cluster lock busy: " + lockName, cause);
        }
    }
}
