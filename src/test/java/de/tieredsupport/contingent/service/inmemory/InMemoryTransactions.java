package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs the work directly; the in-memory stores have no rollback. Counts transactions for tests. */
public final class InMemoryTransactions implements Transactions {

    private final AtomicInteger count = new AtomicInteger();
    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        boolean outer = !active.get();
        active.set(true);
        try {
            return work.get();
        } finally {
            if (outer) {
                active.set(false);
            }
        }
    }

    public int count() {
        return count.get();
    }

    public boolean isActive() {
        return active.get();
    }
}
