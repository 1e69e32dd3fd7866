package de.tieredsupport.contingent.service.port;

/** Append-only audit trail; written inside the transaction of the change it describes. */
public interface AuditLog {

    void record(AuditEntry entry);
}
