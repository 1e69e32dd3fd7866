package de.tieredsupport.contingent.domain;

import java.util.Objects;

/**
 * How raw worklog time becomes billed time: to a multiple of the increment, never below one increment
 * (a 1-minute call bills 5 minutes). Rounding a rounded value changes nothing.
 */
public record RoundingPolicy(int incrementMinutes, Mode mode) {

    /** Direction of rounding; NEAREST rounds a half increment up. */
    public enum Mode { UP, NEAREST, DOWN }

    public static final int DEFAULT_INCREMENT_MINUTES = 5;
    public static final int MAX_INCREMENT_MINUTES = 60;
    public static final RoundingPolicy DEFAULT = new RoundingPolicy(DEFAULT_INCREMENT_MINUTES, Mode.UP);

    public RoundingPolicy {
        if (incrementMinutes < 1 || incrementMinutes > MAX_INCREMENT_MINUTES) {
            throw new IllegalArgumentException("Increment must be 1.." + MAX_INCREMENT_MINUTES
                    + " minutes: " + incrementMinutes);
        }
        Objects.requireNonNull(mode, "mode");
    }

    public long incrementSeconds() {
        return incrementMinutes * 60L;
    }

    /**
     * Billed seconds for {@code rawSeconds} of work: a positive multiple of the increment.
     *
     * @throws IllegalArgumentException for negative input
     * @throws ArithmeticException if the result does not fit a long
     */
    public long billedSeconds(long rawSeconds) {
        if (rawSeconds < 0) {
            throw new IllegalArgumentException("Raw seconds must not be negative: " + rawSeconds);
        }
        long increment = incrementSeconds();
        long whole = rawSeconds / increment;
        long rest = rawSeconds % increment;
        long units = switch (mode) {
            case UP -> rest == 0 ? whole : whole + 1;
            case DOWN -> whole;
            case NEAREST -> rest * 2 >= increment ? whole + 1 : whole;
        };
        return Math.multiplyExact(Math.max(units, 1), increment);
    }

    public long billedMinutes(long rawSeconds) {
        return billedSeconds(rawSeconds) / 60;
    }

    /** Whether {@code seconds} is already a billable value, i.e. rounding would not change it. */
    public boolean isOnIncrement(long seconds) {
        return seconds > 0 && seconds % incrementSeconds() == 0;
    }

    /** Whether a contingent of {@code minutes} (zero allowed) is a whole number of increments. */
    public boolean isMultipleOfIncrement(long minutes) {
        return minutes % incrementMinutes == 0;
    }
}
