package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The billed minutes of one ticket at one level in one contract month: what consumes the contingent (used), what
 * was worked while the level was suspended, and change-request work (outside the contingent). Kept next to the level
 * totals, in the same step, so a report reads one row per ticket instead of every booking.
 */
public record TicketTotal(long issueId, SupportLevel level, Minutes usedMinutes, Minutes suspendedMinutes,
        Minutes changeRequestMinutes) {

    public TicketTotal {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(usedMinutes, "usedMinutes");
        Objects.requireNonNull(suspendedMinutes, "suspendedMinutes");
        Objects.requireNonNull(changeRequestMinutes, "changeRequestMinutes");
        if (usedMinutes.isNegative() || suspendedMinutes.isNegative() || changeRequestMinutes.isNegative()) {
            throw new IllegalArgumentException("Minutes must not be negative: " + usedMinutes + ", "
                    + suspendedMinutes + ", " + changeRequestMinutes);
        }
    }

    /** A ticket without change-request work. */
    public TicketTotal(long issueId, SupportLevel level, Minutes usedMinutes, Minutes suspendedMinutes) {
        this(issueId, level, usedMinutes, suspendedMinutes, Minutes.ZERO);
    }

    /** A change to one ticket total of one contract month; negative where a booking's minutes leave it. */
    public record Change(long projectId, YearMonth month, long issueId, SupportLevel level, Minutes usedMinutes,
            Minutes suspendedMinutes, Minutes changeRequestMinutes) {

        public Change {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(usedMinutes, "usedMinutes");
            Objects.requireNonNull(suspendedMinutes, "suspendedMinutes");
            Objects.requireNonNull(changeRequestMinutes, "changeRequestMinutes");
        }

        public Change(long projectId, YearMonth month, long issueId, SupportLevel level, Minutes usedMinutes,
                Minutes suspendedMinutes) {
            this(projectId, month, issueId, level, usedMinutes, suspendedMinutes, Minutes.ZERO);
        }

        boolean isNone() {
            return usedMinutes.isZero() && suspendedMinutes.isZero() && changeRequestMinutes.isZero();
        }
    }

    /** The totals of the given bookings (deleted ones count nothing), one per ticket and level, any order. */
    public static List<TicketTotal> recount(Collection<Booking> bookings) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (Booking b : bookings) {
            if (b.isActive()) {
                long[] sum = sums.computeIfAbsent(List.of(b.issueId(), b.level()), k -> new long[3]);
                sum[b.isChangeRequestWork() ? 2 : b.suspended() ? 1 : 0] += b.billedMinutes().toLong();
            }
        }
        List<TicketTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> totals.add(new TicketTotal((Long) key.get(0), (SupportLevel) key.get(1),
                Minutes.of(sum[0]), Minutes.of(sum[1]), Minutes.of(sum[2]))));
        return totals;
    }

    /**
     * What replacing {@code before} by {@code after} (either may be null) changes in the ticket totals: the old
     * booking's minutes leave its ticket, level and month, the new one's enter theirs; changes that cancel out are
     * left out.
     */
    public static List<Change> changes(Booking before, Booking after) {
        Map<List<Object>, Change> changes = new LinkedHashMap<>();
        add(changes, before, -1);
        add(changes, after, 1);
        return changes.values().stream().filter(c -> !c.isNone()).toList();
    }

    private static void add(Map<List<Object>, Change> changes, Booking booking, int sign) {
        if (booking == null || !booking.isActive()) {
            return;
        }
        List<Object> key = List.of(booking.projectId(), booking.month(), booking.issueId(), booking.level());
        Minutes minutes = booking.billedMinutes().multipliedBy(sign);
        Change now = changes.getOrDefault(key, new Change(booking.projectId(), booking.month(), booking.issueId(),
                booking.level(), Minutes.ZERO, Minutes.ZERO, Minutes.ZERO));
        boolean changeRequest = booking.isChangeRequestWork();
        boolean suspended = !changeRequest && booking.suspended();
        boolean used = !changeRequest && !suspended;
        changes.put(key, new Change(now.projectId(), now.month(), now.issueId(), now.level(),
                used ? now.usedMinutes().plus(minutes) : now.usedMinutes(),
                suspended ? now.suspendedMinutes().plus(minutes) : now.suspendedMinutes(),
                changeRequest ? now.changeRequestMinutes().plus(minutes) : now.changeRequestMinutes()));
    }

    /** This total with a change applied; the change must be for the same ticket and level. */
    public TicketTotal plus(Change change) {
        if (change.issueId() != issueId || change.level() != level) {
            throw new IllegalArgumentException("Change " + change + " is not for " + this);
        }
        return new TicketTotal(issueId, level, usedMinutes.plus(change.usedMinutes()),
                suspendedMinutes.plus(change.suspendedMinutes()),
                changeRequestMinutes.plus(change.changeRequestMinutes()));
    }

    /** No minutes left: the row can go. */
    public boolean isEmpty() {
        return usedMinutes.isZero() && suspendedMinutes.isZero() && changeRequestMinutes.isZero();
    }

    /** Whether the ticket totals add up to the level totals, level by level (they are kept in the same step). */
    public static boolean agree(Collection<TicketTotal> tickets, MonthTotals levels) {
        Map<SupportLevel, long[]> sums = new java.util.EnumMap<>(SupportLevel.class);
        for (TicketTotal t : tickets) {
            long[] sum = sums.computeIfAbsent(t.level(), l -> new long[2]);
            sum[0] = Math.addExact(sum[0], t.usedMinutes().toLong());
            sum[1] = Math.addExact(sum[1], t.suspendedMinutes().toLong());
        }
        for (SupportLevel level : SupportLevel.values()) {
            long[] sum = sums.getOrDefault(level, new long[2]);
            LevelTotals stored = levels.level(level);
            if (sum[0] != stored.usedMinutes().toLong() || sum[1] != stored.suspendedMinutes().toLong()) {
                return false;
            }
        }
        return true;
    }
}
