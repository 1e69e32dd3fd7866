package de.tieredsupport.contingent.domain;

import java.util.Objects;

/**
 * Whether unused contingent of a month may be used in the next month (and only there), up to a cap per level.
 * Without carry-over every cap is zero.
 */
public record CarryOverPolicy(Kind kind, LevelMinutes capMinutes) {

    public enum Kind { NONE, UNUSED_UP_TO }

    public static final CarryOverPolicy NONE = new CarryOverPolicy(Kind.NONE, LevelMinutes.ZERO);

    public CarryOverPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capMinutes, "capMinutes");
        if (kind == Kind.NONE) {
            capMinutes = LevelMinutes.ZERO;
        }
        for (SupportLevel level : SupportLevel.values()) {
            Minutes cap = capMinutes.get(level);
            if (cap.isNegative()) {
                throw new IllegalArgumentException("Carry-over cap for " + level + " must be >= 0: " + cap);
            }
        }
    }

    public static CarryOverPolicy unusedUpTo(LevelMinutes capMinutes) {
        return new CarryOverPolicy(Kind.UNUSED_UP_TO, capMinutes);
    }

    public Minutes capFor(SupportLevel level) {
        return capMinutes.get(level);
    }

    /**
     * Minutes of a month that carry into the next month. The carry-in is consumed first, so only what is left of
     * the month's own minutes (base + top-ups) can carry on; carried minutes never carry twice.
     *
     * @param ownMinutes base contingent plus top-ups of the month
     * @param carryInMinutes minutes carried into the month
     * @param usedMinutes billed minutes of non-suspended work in the month
     */
    public Minutes carryOut(SupportLevel level, Minutes ownMinutes, Minutes carryInMinutes, Minutes usedMinutes) {
        if (kind == Kind.NONE) {
            return Minutes.ZERO;
        }
        Minutes ownUsed = usedMinutes.minus(carryInMinutes).atLeastZero();
        Minutes unusedOwn = ownMinutes.minus(ownUsed).atLeastZero();
        return capFor(level).min(unusedOwn);
    }
}
