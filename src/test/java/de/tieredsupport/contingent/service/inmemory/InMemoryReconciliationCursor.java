package de.tieredsupport.contingent.service.inmemory;

import java.util.OptionalLong;

import de.tieredsupport.contingent.service.port.ReconciliationCursor;

public final class InMemoryReconciliationCursor implements ReconciliationCursor {

    private OptionalLong next = OptionalLong.empty();

    @Override
    public synchronized OptionalLong nextStart() {
        return next;
    }

    @Override
    public synchronized void nextStart(OptionalLong projectId) {
        next = projectId;
    }
}
