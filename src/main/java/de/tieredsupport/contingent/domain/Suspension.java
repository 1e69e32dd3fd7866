package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Support suspended by the customer's decision, for one level or all, from an instant until the month ends or
 * support is resumed. Work whose start falls in [from, until) is flagged as suspended.
 *
 * @param number sequence within (project, month), assigned under the month's lock
 * @param level the suspended level, or null for all levels
 * @param until exclusive end: the month end, or the instant of resumption
 * @param resumedBy who resumed support, or null while not resumed
 */
public record Suspension(long projectId, YearMonth month, int number, SupportLevel level, Instant from,
        Instant until, String suspendedBy, String reason, String resumedBy) {

    public Suspension {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(suspendedBy, "suspendedBy");
        Objects.requireNonNull(reason, "reason");
        if (number < 1) {
            throw new IllegalArgumentException("Number must be positive: " + number);
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("Suspension ends before it starts: " + from + " > " + until);
        }
    }

    /** Suspends from {@code from} to the end of its billing month. */
    public static Suspension untilMonthEnd(long projectId, int number, SupportLevel levelOrNull, Instant from,
            BillingMonth month, String by, String reason) {
        if (!month.contains(from)) {
            throw new IllegalArgumentException(from + " is not in " + month);
        }
        return new Suspension(projectId, month.yearMonth(), number, levelOrNull, from, month.end(), by, reason,
                null);
    }

    public Optional<SupportLevel> scope() {
        return Optional.ofNullable(level);
    }

    public boolean allLevels() {
        return level == null;
    }

    public boolean appliesTo(SupportLevel candidate) {
        return level == null || level == candidate;
    }

    public boolean covers(SupportLevel candidate, Instant instant) {
        return appliesTo(candidate) && isActiveAt(instant);
    }

    public boolean isActiveAt(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }

    /** Ends the suspension at {@code at} (not before its start). */
    public Suspension resumedAt(Instant at, String by) {
        Instant end = at.isBefore(from) ? from : at;
        return new Suspension(projectId, month, number, level, from, end.isBefore(until) ? end : until,
                suspendedBy, reason, by);
    }
}
