package de.tieredsupport.contingent.domain;

import java.util.Objects;

/**
 * Stored running totals of one level in one contract month.
 * {@code usedMinutes} and {@code suspendedMinutes} are plain sums over bookings, so one booking change updates them
 * by its delta. {@code availableMinutes} is the availability known at the last write; in-contingent and overage
 * follow from it.
 *
 * @param usedMinutes billed minutes of active, non-suspended bookings
 * @param suspendedMinutes billed minutes of active, suspended bookings
 */
public record LevelTotals(Minutes usedMinutes, Minutes suspendedMinutes, Minutes availableMinutes) {

    public static final LevelTotals ZERO = new LevelTotals(Minutes.ZERO, Minutes.ZERO, Minutes.ZERO);

    public LevelTotals {
        Objects.requireNonNull(usedMinutes, "usedMinutes");
        Objects.requireNonNull(suspendedMinutes, "suspendedMinutes");
        Objects.requireNonNull(availableMinutes, "availableMinutes");
        if (usedMinutes.isNegative() || suspendedMinutes.isNegative() || availableMinutes.isNegative()) {
            throw new IllegalArgumentException("Totals must not be negative: used=" + usedMinutes
                    + ", suspended=" + suspendedMinutes + ", available=" + availableMinutes);
        }
    }

    public Minutes inContingentMinutes() {
        return usedMinutes.min(availableMinutes);
    }

    public Minutes overageMinutes() {
        return usedMinutes.minus(availableMinutes).atLeastZero();
    }

    public LevelTotals withAvailable(Minutes minutes) {
        return new LevelTotals(usedMinutes, suspendedMinutes, minutes);
    }

    LevelTotals plus(Minutes usedDelta, Minutes suspendedDelta) {
        return new LevelTotals(usedMinutes.plus(usedDelta), suspendedMinutes.plus(suspendedDelta), availableMinutes);
    }
}
