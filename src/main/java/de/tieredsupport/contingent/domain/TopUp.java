package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** Extra contingent the customer granted for one month and level, with who and why. */
public record TopUp(long projectId, YearMonth month, SupportLevel level, Minutes minutes, String grantedBy,
        String reason, Instant grantedAt) {

    public TopUp {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (!minutes.isPositive()) {
            throw new IllegalArgumentException("Top-up minutes must be positive: " + minutes);
        }
    }

    /** User-input rules: positive and a whole number of increments. */
    public static void check(Minutes minutes, RoundingPolicy rounding) {
        Violations v = new Violations();
        long value = minutes.toLong();
        if (value <= 0) {
            v.add("minutes", "topUp.notPositive", "A top-up must add at least one increment", value);
        } else if (!rounding.isMultipleOfIncrement(value)) {
            v.add("minutes", "contingent.notMultipleOfIncrement", "Top-up of " + value
                    + " minutes is not a multiple of the " + rounding.incrementMinutes() + "-minute increment",
                    value, rounding.incrementMinutes());
        }
        v.throwIfAny();
    }
}
