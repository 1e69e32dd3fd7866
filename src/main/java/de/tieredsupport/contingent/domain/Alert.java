package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A level's usage crossed a threshold of its available contingent. Fired at most once per {@link Key}; because
 * the key holds the available minutes, a top-up (new availability) re-arms the thresholds above current usage.
 *
 * @param crossing the booking whose change made usage cross, or null for alerts recorded before this was kept
 */
public record Alert(long projectId, YearMonth month, SupportLevel level, int thresholdPercent,
        Minutes availableMinutes, Minutes usedMinutes, Instant firedAt, Crossing crossing) {

    /**
     * The worklog whose booking made usage cross the threshold.
     *
     * @param worklogStart when the work started (decides its month and its place in the consumption order)
     * @param bookedAt when the worklog was logged or last changed in the host: the change that was booked
     */
    public record Crossing(long worklogId, Instant worklogStart, Instant bookedAt) {

        public Crossing {
            Objects.requireNonNull(worklogStart, "worklogStart");
            Objects.requireNonNull(bookedAt, "bookedAt");
        }

        /** The booking's worklog, start and last change. */
        public static Crossing of(Booking booking) {
            return new Crossing(booking.worklogId(), booking.start(), booking.updated());
        }
    }

    /** Identity of an alert: the same key never fires twice, on any cluster node. */
    public record Key(long projectId, YearMonth month, SupportLevel level, int thresholdPercent,
            Minutes availableMinutes) {

        public Key {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(availableMinutes, "availableMinutes");
        }
    }

    public Alert {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(availableMinutes, "availableMinutes");
        Objects.requireNonNull(usedMinutes, "usedMinutes");
        Objects.requireNonNull(firedAt, "firedAt");
    }

    /** An alert without a known crossing booking (stored before crossings were kept). */
    public Alert(long projectId, YearMonth month, SupportLevel level, int thresholdPercent, Minutes availableMinutes,
            Minutes usedMinutes, Instant firedAt) {
        this(projectId, month, level, thresholdPercent, availableMinutes, usedMinutes, firedAt, null);
    }

    public Optional<Crossing> crossingBooking() {
        return Optional.ofNullable(crossing);
    }

    public Key key() {
        return new Key(projectId, month, level, thresholdPercent, availableMinutes);
    }

    /**
     * Thresholds (percent) crossed when usage moved from {@code usedBefore} to {@code usedAfter}: those with
     * before &lt; t% of available &lt;= after, in exact integer arithmetic. With nothing available, any usage
     * crosses every threshold.
     */
    public static List<Integer> crossedThresholds(List<Integer> thresholds, Minutes available, Minutes before,
            Minutes after) {
        long availableMinutes = available.toLong();
        long usedBefore = before.toLong();
        long usedAfter = after.toLong();
        if (usedAfter <= usedBefore) {
            return List.of();
        }
        if (availableMinutes == 0) {
            return List.copyOf(thresholds);
        }
        return thresholds.stream()
                .filter(t -> Math.multiplyExact(usedBefore, 100L) < Math.multiplyExact(t, availableMinutes)
                        && Math.multiplyExact(t, availableMinutes) <= Math.multiplyExact(usedAfter, 100L))
                .toList();
    }
}
