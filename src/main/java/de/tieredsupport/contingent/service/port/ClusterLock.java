package de.tieredsupport.contingent.service.port;

import java.util.function.Supplier;

/** A cluster-wide lock by name (Jira's ClusterLockService in production). */
public interface ClusterLock {

    /** Runs {@code work} while holding the named lock, releasing it in all cases; re-entrant per thread. */
    <T> T withLock(String lockName, Supplier<T> work);
}
