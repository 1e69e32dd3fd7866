package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.ChangeRequestLink;
import java.util.List;
import java.util.Optional;

/** Decision links of change requests, found by their token's hash; written only under the ticket's change-request lock. */
public interface ChangeRequestLinkStore {

    void add(ChangeRequestLink link);

    Optional<ChangeRequestLink> findByHash(String tokenHash);

    /** Every link issued for the round of the ticket's change request, oldest first. */
    List<ChangeRequestLink> findRound(long projectId, long issueId, int round);

    /** Stores a link's use (found by its hash). */
    void update(ChangeRequestLink link);
}
