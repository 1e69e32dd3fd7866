package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.Objects;

/** Who changed what and when, for decisions that affect billing. */
public record AuditEntry(long projectId, Instant at, String actor, Action action, String details) {

    public enum Action { CONFIGURE_TERMS, ADD_TOP_UP, SUSPEND, RESUME, CLOSE_MONTH, CORRECT_LEVEL }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(details, "details");
    }
}
