package de.tieredsupport.contingent.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What a level's month looks like now, in one word, for every screen and message alike: support suspended, the
 * contingent exceeded, used up, a warning threshold reached (with the highest one reached), or fine. It follows the
 * current usage against the current availability, not the alerts once fired: after a deletion or a top-up the state
 * falls back while the recorded alerts stay.
 *
 * @param threshold the highest alert threshold below 100 % that usage reaches, for {@link Kind#WARNING}; else null
 */
public record LevelState(Kind kind, Integer threshold) {

    /** From the most severe down. */
    public enum Kind { SUSPENDED, OVER, REACHED, WARNING, OK }

    public LevelState {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.WARNING) != (threshold != null)) {
            throw new IllegalArgumentException("a threshold belongs to a warning and only to one");
        }
    }

    /**
     * @param thresholds the contract's alert thresholds in percent of the available minutes
     * @param suspended whether support on the level is suspended right now
     */
    public static LevelState of(Minutes used, Minutes available, Collection<Integer> thresholds,
            boolean suspended) {
        long usedMinutes = used.toLong();
        long availableMinutes = available.toLong();
        if (suspended) {
            return new LevelState(Kind.SUSPENDED, null);
        }
        if (usedMinutes > availableMinutes) {
            return new LevelState(Kind.OVER, null);
        }
        if (usedMinutes > 0 && usedMinutes == availableMinutes) {
            return new LevelState(Kind.REACHED, null);
        }
        Optional<Integer> reached = thresholds.stream()
                .filter(t -> t < 100 && usedMinutes * 100 >= (long) t * availableMinutes && usedMinutes > 0)
                .max(Integer::compare);
        return reached.map(t -> new LevelState(Kind.WARNING, t)).orElse(new LevelState(Kind.OK, null));
    }

    /** The same level's state, worse first: for sorting contracts by risk. */
    public boolean isWorseThan(LevelState other) {
        return kind.ordinal() < other.kind.ordinal()
                || kind == other.kind && kind == Kind.WARNING && threshold > other.threshold;
    }
}
