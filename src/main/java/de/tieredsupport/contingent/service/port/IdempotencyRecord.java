package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.Objects;

/**
 * The stored first answer to a request that carried an idempotency key.
 *
 * @param scope hash of caller, project, operation and key; unique, so one key stores one effect
 * @param projectId the project the request changed
 * @param actor the caller's user key
 * @param operation what the request did, e.g. {@code "top-up"}
 * @param requestHash hash of the request's target and body; a repeat must match it
 * @param status the HTTP status of the first answer
 * @param body the first answer's body, as sent
 * @param createdAt when the request was carried out
 * @param expiresAt from then on the key is forgotten and may be used again
 */
public record IdempotencyRecord(String scope, long projectId, String actor, String operation, String requestHash,
        int status, String body, Instant createdAt, Instant expiresAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the key still counts at {@code now}. */
    public boolean isLiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
