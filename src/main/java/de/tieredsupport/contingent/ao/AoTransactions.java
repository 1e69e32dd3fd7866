package de.tieredsupport.contingent.ao;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.port.Transactions;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One database transaction through AO's facade; a runtime exception rolls it back. A transaction the database
 * aborted as a serialization failure or deadlock (SQLState class 40, e.g. PostgreSQL's 40001 and 40P01) is run
 * again, up to {@link #MAX_ATTEMPTS} times after a short pause: it was rolled back as a whole, and the work reads
 * everything afresh. Only the outermost transaction is repeated; a nested one joins it and leaves the decision to
 * it.
 */
@Named
public final class AoTransactions implements Transactions {

    static final int MAX_ATTEMPTS = 10;

    private final ActiveObjects ao;
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (running.get()) {
            return ao.executeInTransaction(work::get);
        }
        running.set(Boolean.TRUE);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return ao.executeInTransaction(work::get);
                } catch (RuntimeException e) {
                    if (attempt >= MAX_ATTEMPTS || !isTransactionRollback(e)) {
                        throw e;
                    }
                    pauseBeforeAttempt(attempt);
                }
            }
        } finally {
            running.remove();
        }
    }

    /** A short pause that grows, with jitter, so that transactions that collided do not collide again. */
    private static void pauseBeforeAttempt(int failedAttempts) {
        try {
            Thread.sleep(failedAttempts * (long) ThreadLocalRandom.current().nextInt(1, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True if the cause chain holds an SQL error of class 40 (transaction rollback). */
    static boolean isTransactionRollback(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("40")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
