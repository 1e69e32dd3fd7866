package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.Optional;

/** First answers to requests with an idempotency key, kept in the database so every cluster node sees them. */
public interface IdempotencyStore {

    /** The record of {@code scope}, live or expired; empty if there is none. */
    Optional<IdempotencyRecord> find(String scope);

    /**
     * Stores the record, replacing an expired one of the same scope. Call inside the transaction of the write it
     * answers, so that the key and the write's effect commit or roll back together.
     */
    void save(IdempotencyRecord record);

    /** Deletes at most {@code limit} records that expired at or before {@code now}; returns how many. */
    int deleteExpired(Instant now, int limit);
}
