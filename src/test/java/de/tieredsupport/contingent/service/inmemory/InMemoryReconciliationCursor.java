package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.ReconciliationCursor;

public final class InMemoryReconciliationCursor implements ReconciliationCursor {

    private State state = State.EMPTY;

    @Override
    public synchronized State read() {
        return state;
    }

    @Override
    public synchronized void write(State next) {
        state = next;
    }
}
