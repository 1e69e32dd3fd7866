package de.tieredsupport.contingent.service;

/**
 * An idempotency key that was already used for a different request of the same caller, project and operation
 * (HTTP 422). Nothing was changed.
 */
public final class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request");
    }

    /** Stable code for translations. */
    public String code() {
        return "idempotencyKey.reused";
    }
}
