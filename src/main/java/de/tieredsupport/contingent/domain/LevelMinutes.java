package de.tieredsupport.contingent.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link Minutes} for every {@link SupportLevel}: a level is never missing, only zero. Negative minutes are allowed,
 * since a difference of two months may be negative; where minutes cannot be negative (availability, carry-in, caps)
 * the owner checks them. Arithmetic fails with {@link ArithmeticException} instead of overflowing silently.
 * {@link #of(long, long, long)}, {@link #of(Map)} and {@link #asMap()} speak plain numbers for adapters.
 */
public final class LevelMinutes {

    private static final SupportLevel[] LEVELS = SupportLevel.values();

    /** Zero minutes at every level. */
    public static final LevelMinutes ZERO = new LevelMinutes(new long[LEVELS.length]);

    /** Indexed by {@link SupportLevel#ordinal()}; never exposed, so the instance stays immutable. */
    private final long[] minutes;

    private LevelMinutes(long[] minutes) {
        this.minutes = minutes;
    }

    public static LevelMinutes of(long l1, long l2, long l3) {
        return new LevelMinutes(new long[] {l1, l2, l3});
    }

    /**
     * The minutes of a map; a level the map lacks counts as zero.
     *
     * @throws NullPointerException if the map or one of its values is null
     */
    public static LevelMinutes of(Map<SupportLevel, Long> minutesByLevel) {
        Objects.requireNonNull(minutesByLevel, "minutesByLevel");
        long[] all = new long[LEVELS.length];
        for (SupportLevel level : LEVELS) {
            Long value = minutesByLevel.get(level);
            if (value != null) {
                all[level.ordinal()] = value;
            } else if (minutesByLevel.containsKey(level)) {
                throw new NullPointerException("Minutes at " + level + " are null");
            }
        }
        return new LevelMinutes(all);
    }

    /**
     * The minutes {@code minutesAt} gives for each level, asked in level order.
     *
     * @throws NullPointerException if {@code minutesAt} gives null for a level
     */
    public static LevelMinutes byLevel(Function<SupportLevel, Minutes> minutesAt) {
        Objects.requireNonNull(minutesAt, "minutesAt");
        long[] all = new long[LEVELS.length];
        for (SupportLevel level : LEVELS) {
            Minutes value = minutesAt.apply(level);
            if (value == null) {
                throw new NullPointerException("Minutes at " + level + " are null");
            }
            all[level.ordinal()] = value.toLong();
        }
        return new LevelMinutes(all);
    }

    public Minutes get(SupportLevel level) {
        return Minutes.of(minutes[level.ordinal()]);
    }

    /** A copy with {@code level} set to {@code value}. */
    public LevelMinutes with(SupportLevel level, Minutes value) {
        long newValue = value.toLong();
        if (minutes[level.ordinal()] == newValue) {
            return this;
        }
        long[] all = minutes.clone();
        all[level.ordinal()] = newValue;
        return new LevelMinutes(all);
    }

    /** A copy with {@code value} added at {@code level}. */
    public LevelMinutes plus(SupportLevel level, Minutes value) {
        return with(level, get(level).plus(value));
    }

    /** The level-wise sum. */
    public LevelMinutes plus(LevelMinutes other) {
        long[] all = new long[LEVELS.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = Math.addExact(minutes[i], other.minutes[i]);
        }
        return new LevelMinutes(all);
    }

    /** The level-wise difference. */
    public LevelMinutes minus(LevelMinutes other) {
        long[] all = new long[LEVELS.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = Math.subtractExact(minutes[i], other.minutes[i]);
        }
        return new LevelMinutes(all);
    }

    /** The minutes of all levels together. */
    public Minutes total() {
        long total = 0;
        for (long m : minutes) {
            total = Math.addExact(total, m);
        }
        return Minutes.of(total);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** An unmodifiable map with an entry for every level, in level order, for adapters that work with maps. */
    public Map<SupportLevel, Long> asMap() {
        EnumMap<SupportLevel, Long> map = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : LEVELS) {
            map.put(level, minutes[level.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelMinutes other && Arrays.equals(minutes, other.minutes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minutes);
    }

    /** E.g. {@code LevelMinutes[L1=60, L2=0, L3=30]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("LevelMinutes[");
        for (SupportLevel level : LEVELS) {
            text.append(level.ordinal() == 0 ? "" : ", ").append(level.key()).append('=').append(minutes[level.ordinal()]);
        }
        return text.append(']').toString();
    }
}
