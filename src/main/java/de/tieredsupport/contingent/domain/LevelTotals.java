package de.tieredsupport.contingent.domain;

/**
 * Stored running totals of one level in one contract month.
 * {@code usedMinutes} and {@code suspendedMinutes} are plain sums over bookings, so one booking change updates them
 * by its delta. {@code availableMinutes} is the availability known at the last write; in-contingent and overage
 * follow from it.
 *
 * @param usedMinutes billed minutes of active, non-suspended bookings
 * @param suspendedMinutes billed minutes of active, suspended bookings
 */
public record LevelTotals(long usedMinutes, long suspendedMinutes, long availableMinutes) {

    public static final LevelTotals ZERO = new LevelTotals(0, 0, 0);

    public LevelTotals {
        if (usedMinutes < 0 || suspendedMinutes < 0 || availableMinutes < 0) {
            throw new IllegalArgumentException("Totals must not be negative: used=" + usedMinutes
                    + ", suspended=" + suspendedMinutes + ", available=" + availableMinutes);
        }
    }

    public long inContingentMinutes() {
        return Math.min(usedMinutes, availableMinutes);
    }

    public long overageMinutes() {
        return Math.max(0, usedMinutes - availableMinutes);
    }

    public LevelTotals withAvailable(long minutes) {
        return new LevelTotals(usedMinutes, suspendedMinutes, minutes);
    }

    LevelTotals plus(long usedDelta, long suspendedDelta) {
        return new LevelTotals(usedMinutes + usedDelta, suspendedMinutes + suspendedDelta, availableMinutes);
    }
}
