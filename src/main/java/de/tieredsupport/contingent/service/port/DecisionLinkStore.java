package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.SupportLevel;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Decision links, found by their token's hash; written only under the month's lock. */
public interface DecisionLinkStore {

    void add(DecisionLink link);

    Optional<DecisionLink> findByHash(String tokenHash);

    /** Every link issued for the level and month, oldest first. */
    List<DecisionLink> findRequest(long projectId, YearMonth month, SupportLevel level);

    /** Stores a link's use and outcome (found by its hash). */
    void update(DecisionLink link);
}
