package de.tieredsupport.contingent.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether unused contingent of a month may be used in the next month (and only there), up to a cap per level.
 */
public record CarryOverPolicy(Kind kind, Map<SupportLevel, Long> capMinutes) {

    public enum Kind { NONE, UNUSED_UP_TO }

    public static final CarryOverPolicy NONE = new CarryOverPolicy(Kind.NONE, Map.of());

    public CarryOverPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capMinutes, "capMinutes");
        EnumMap<SupportLevel, Long> caps = new EnumMap<>(SupportLevel.class);
        if (kind == Kind.UNUSED_UP_TO) {
            for (SupportLevel level : SupportLevel.values()) {
                Long cap = capMinutes.get(level);
                if (cap == null || cap < 0) {
                    throw new IllegalArgumentException("Carry-over cap for " + level + " must be >= 0: " + cap);
                }
                caps.put(level, cap);
            }
        }
        capMinutes = Collections.unmodifiableMap(caps);
    }

    public static CarryOverPolicy unusedUpTo(Map<SupportLevel, Long> capMinutes) {
        return new CarryOverPolicy(Kind.UNUSED_UP_TO, capMinutes);
    }

    public long capFor(SupportLevel level) {
        return kind == Kind.NONE ? 0 : capMinutes.get(level);
    }

    /**
     * Minutes of a month that carry into the next month. The carry-in is consumed first, so only what is left of
     * the month's own minutes (base + top-ups) can carry on; carried minutes never carry twice.
     *
     * @param ownMinutes base contingent plus top-ups of the month
     * @param carryInMinutes minutes carried into the month
     * @param usedMinutes billed minutes of non-suspended work in the month
     */
    public long carryOut(SupportLevel level, long ownMinutes, long carryInMinutes, long usedMinutes) {
        if (kind == Kind.NONE) {
            return 0;
        }
        long ownUsed = Math.max(0, usedMinutes - carryInMinutes);
        long unusedOwn = Math.max(0, ownMinutes - ownUsed);
        return Math.min(capFor(level), unusedOwn);
    }
}
