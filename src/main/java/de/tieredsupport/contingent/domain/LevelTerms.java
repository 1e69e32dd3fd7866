package de.tieredsupport.contingent.domain;

import java.util.Objects;

/**
 * Contingent and rate of one level. Rules that need context (increment, currency) are checked by {@link Terms};
 * user input is validated field by field in {@link ContractDraft} before this is built.
 */
public record LevelTerms(Minutes contingentMinutes, Money hourlyRate) {

    public LevelTerms {
        Objects.requireNonNull(contingentMinutes, "contingentMinutes");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (contingentMinutes.isNegative()) {
            throw new IllegalArgumentException("Contingent must not be negative: " + contingentMinutes);
        }
        if (hourlyRate.isNegative()) {
            throw new IllegalArgumentException("Hourly rate must not be negative: " + hourlyRate);
        }
    }
}
