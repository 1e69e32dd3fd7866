package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.ChangeRequest;
import java.util.Collection;
import java.util.List;

/** Change requests, one per ticket, with all their rounds; written only under the ticket's change-request lock. */
public interface ChangeRequestStore {

    /** The ticket's change request; {@link ChangeRequest#none} when nothing was prepared yet. */
    ChangeRequest find(long projectId, long issueId);

    /** The change requests of the given tickets that exist, any order; one query. */
    List<ChangeRequest> findAll(long projectId, Collection<Long> issueIds);

    /** Every change request of the project, any order. */
    List<ChangeRequest> findByProject(long projectId);

    /** Whether the project has any change request (any round, any state); one count. */
    boolean anyInProject(long projectId);

    /** Stores every round of the change request (rounds are only added or changed, never removed). */
    void save(ChangeRequest changeRequest);
}
