package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    public synchronized List<AuditEntry> entries() {
        return new ArrayList<>(entries);
    }
}
