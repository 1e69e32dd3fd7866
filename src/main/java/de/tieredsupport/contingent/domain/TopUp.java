package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** Extra contingent the customer granted for one month and level, with who and why. */
public record TopUp(long projectId, YearMonth month, SupportLevel level, long minutes, String grantedBy,
        String reason, Instant grantedAt) {

    public TopUp {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (minutes <= 0) {
            throw new IllegalArgumentException("Top-up minutes must be positive: " + minutes);
        }
    }

    /** User-input rules: positive and a whole number of increments. */
    public static void check(long minutes, RoundingPolicy rounding) {
        Violations v = new Violations();
        if (minutes <= 0) {
            v.add("minutes", "topUp.notPositive", "A top-up must add at least one increment", minutes);
        } else if (!rounding.isMultipleOfIncrement(minutes)) {
            v.add("minutes", "contingent.notMultipleOfIncrement", "Top-up of " + minutes
                    + " minutes is not a multiple of the " + rounding.incrementMinutes() + "-minute increment",
                    minutes, rounding.incrementMinutes());
        }
        v.throwIfAny();
    }
}
