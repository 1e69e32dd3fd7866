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

    @Override
    public synchronized List<AuditEntry> latest(long projectId, int limit) {
        List<AuditEntry> newest = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && newest.size() < limit; i--) {
            if (entries.get(i).projectId() == projectId) {
                newest.add(entries.get(i));
            }
        }
        return newest;
    }

    public synchronized List<AuditEntry> entries() {
        return new ArrayList<>(entries);
    }
}
