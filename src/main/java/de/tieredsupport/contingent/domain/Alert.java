package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A level's usage crossed a threshold of its available contingent. Fired at most once per {@link Key}; because
 * the key holds the available minutes, a top-up (new availability) re-arms the thresholds above current usage.
 */
public record Alert(long projectId, YearMonth month, SupportLevel level, int thresholdPercent,
        long availableMinutes, long usedMinutes, Instant firedAt) {

    /** Identity of an alert: the same key never fires twice, on any cluster node. */
    public record Key(long projectId, YearMonth month, SupportLevel level, int thresholdPercent,
            long availableMinutes) {

        public Key {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(level, "level");
        }
    }

    public Alert {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(firedAt, "firedAt");
    }

    public Key key() {
        return new Key(projectId, month, level, thresholdPercent, availableMinutes);
    }

    /**
     * Thresholds (percent) crossed when usage moved from {@code usedBefore} to {@code usedAfter}: those with
     * before &lt; t% of available &lt;= after, in exact integer arithmetic. With nothing available, any usage
     * crosses every threshold.
     */
    public static List<Integer> crossedThresholds(List<Integer> thresholds, long availableMinutes, long usedBefore,
            long usedAfter) {
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
