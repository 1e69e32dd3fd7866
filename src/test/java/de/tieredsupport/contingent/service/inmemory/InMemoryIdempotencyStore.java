package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.IdempotencyRecord;
import de.tieredsupport.contingent.service.port.IdempotencyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keyed answers in a map, refusing a second live record of a scope as the database's unique column does. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<IdempotencyRecord> find(String scope) {
        return Optional.ofNullable(records.get(scope));
    }

    @Override
    public synchronized void save(IdempotencyRecord record) {
        IdempotencyRecord existing = records.get(record.scope());
        if (existing != null && existing.isLiveAt(record.createdAt())) {
            throw new IllegalStateException("duplicate scope " + record.scope());
        }
        records.put(record.scope(), record);
    }

    @Override
    public synchronized int deleteExpired(Instant now, int limit) {
        int deleted = 0;
        for (Iterator<IdempotencyRecord> it = records.values().iterator(); it.hasNext() && deleted < limit; ) {
            if (!it.next().isLiveAt(now)) {
                it.remove();
                deleted++;
            }
        }
        return deleted;
    }

    public List<IdempotencyRecord> all() {
        return new ArrayList<>(records.values());
    }
}
