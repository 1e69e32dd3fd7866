package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stored totals of one contract month, one {@link LevelTotals} per level. Status and dashboards read only
 * these; {@link #apply} maintains them incrementally and {@link #recount} proves they match the bookings.
 */
public record MonthTotals(long projectId, YearMonth month, Map<SupportLevel, LevelTotals> levels) {

    public MonthTotals {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(levels, "levels");
        EnumMap<SupportLevel, LevelTotals> all = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            all.put(level, levels.getOrDefault(level, LevelTotals.ZERO));
        }
        levels = Collections.unmodifiableMap(all);
    }

    public static MonthTotals empty(long projectId, YearMonth month) {
        return new MonthTotals(projectId, month, Map.of());
    }

    /** Totals computed from scratch over the month's bookings. */
    public static MonthTotals recount(long projectId, YearMonth month, Collection<Booking> bookings,
            LevelMinutes available) {
        MonthTotals totals = empty(projectId, month);
        for (Booking booking : bookings) {
            totals = totals.apply(null, booking);
        }
        return totals.withAvailable(available);
    }

    public LevelTotals level(SupportLevel level) {
        return levels.get(level);
    }

    /**
     * The totals after one booking changed from {@code before} to {@code after} (either may be null: created or
     * gone). Only bookings of this project and month count, so a booking moving to another month is removed here
     * and added there by applying the same change to both months.
     */
    public MonthTotals apply(Booking before, Booking after) {
        EnumMap<SupportLevel, LevelTotals> next = new EnumMap<>(levels);
        if (belongsHere(before)) {
            next.put(before.level(), contribution(next.get(before.level()), before, -1));
        }
        if (belongsHere(after)) {
            next.put(after.level(), contribution(next.get(after.level()), after, 1));
        }
        return new MonthTotals(projectId, month, next);
    }

    public MonthTotals withAvailable(LevelMinutes available) {
        EnumMap<SupportLevel, LevelTotals> next = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            next.put(level, levels.get(level).withAvailable(available.get(level)));
        }
        return new MonthTotals(projectId, month, next);
    }

    private boolean belongsHere(Booking b) {
        return b != null && b.isActive() && b.projectId() == projectId && b.month().equals(month);
    }

    /** Change-request work lies outside the contingent, so it is not part of the level totals. */
    private static LevelTotals contribution(LevelTotals totals, Booking b, int sign) {
        if (b.isChangeRequestWork()) {
            return totals;
        }
        Minutes minutes = b.billedMinutes().multipliedBy(sign);
        return b.suspended() ? totals.plus(Minutes.ZERO, minutes) : totals.plus(minutes, Minutes.ZERO);
    }
}
