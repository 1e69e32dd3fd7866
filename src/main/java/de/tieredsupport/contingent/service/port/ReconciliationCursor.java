package de.tieredsupport.contingent.service.port;

import java.util.OptionalLong;

/**
 * Where the next reconciliation run starts: a run that stops at its budget is continued by the next one instead of
 * starting over, so no contract waits behind the others for ever. Shared by the cluster's nodes.
 */
public interface ReconciliationCursor {

    /** The project whose contract the next run starts with; empty: the first contract. */
    OptionalLong nextStart();

    /** Remembers where the next run starts; empty: with the first contract. */
    void nextStart(OptionalLong projectId);
}
