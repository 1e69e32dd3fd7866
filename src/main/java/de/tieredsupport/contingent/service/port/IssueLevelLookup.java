package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.SupportLevel;
import java.util.Optional;

/** The host's Support Level field. */
public interface IssueLevelLookup {

    /** The issue's level now, or empty if the field is unset (the contract's default level applies). */
    Optional<SupportLevel> currentLevel(long issueId);
}
