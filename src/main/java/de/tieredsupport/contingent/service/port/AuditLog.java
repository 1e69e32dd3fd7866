package de.tieredsupport.contingent.service.port;

import java.util.List;

/** Append-only audit trail; written inside the transaction of the change it describes. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries of a project first, at most {@code limit}. */
    List<AuditEntry> latest(long projectId, int limit);
}
