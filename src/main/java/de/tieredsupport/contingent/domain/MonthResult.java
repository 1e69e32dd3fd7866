package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The billing result of one contract month: one line per level (L1, L2, L3 in order), each with its ticket lines,
 * and the change-request lines billed outside the contingent. Immutable, so a closed month's snapshot is exactly
 * this value.
 *
 * @param changeRequests one line per (ticket, level) with change-request work, ordered by issue id then level
 */
public record MonthResult(long projectId, YearMonth month, Currency currency, OveragePolicy overagePolicy,
        List<LevelLine> levels, List<ChangeRequestLine> changeRequests) {

    /** A month without change-request work. */
    public MonthResult(long projectId, YearMonth month, Currency currency, OveragePolicy overagePolicy,
            List<LevelLine> levels) {
        this(projectId, month, currency, overagePolicy, levels, List.of());
    }

    public MonthResult {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(overagePolicy, "overagePolicy");
        changeRequests = List.copyOf(changeRequests);
        levels = List.copyOf(levels);
        if (levels.size() != SupportLevel.values().length) {
            throw new IllegalArgumentException("One line per level expected: " + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != SupportLevel.values()[i]) {
                throw new IllegalArgumentException("Lines must be in level order");
            }
        }
    }

    public LevelLine line(SupportLevel level) {
        return levels.get(level.ordinal());
    }

    /** Ticket lines of all levels, level by level, each level ordered by issue id. */
    public List<TicketLine> ticketLines() {
        List<TicketLine> all = new ArrayList<>();
        levels.forEach(l -> all.addAll(l.tickets()));
        return all;
    }

    public SortedSet<Long> issueIds() {
        SortedSet<Long> ids = new TreeSet<>();
        ticketLines().forEach(t -> ids.add(t.issueId()));
        return ids;
    }

    /** Level lines plus change-request lines. */
    public Money totalAmount() {
        Money total = Money.zero(currency);
        for (LevelLine line : levels) {
            total = total.plus(line.figures().amount());
        }
        for (ChangeRequestLine line : changeRequests) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /** Billed minutes of the level lines plus change-request minutes. */
    public long totalBilledMinutes() {
        return levels.stream().mapToLong(l -> l.figures().billedMinutes()).sum()
                + changeRequests.stream().mapToLong(ChangeRequestLine::minutes).sum();
    }

    /**
     * Change-request work of one ticket at one level in the month: rate of the level x minutes / 60, rounded once
     * per line. In an adjustment, minutes and amount are signed differences.
     */
    public record ChangeRequestLine(long issueId, SupportLevel level, Money hourlyRate, long minutes, Money amount) {

        public ChangeRequestLine {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(hourlyRate, "hourlyRate");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * One level of the month.
     *
     * @param usedMinutes billed minutes of active, non-suspended work (in-contingent + overage)
     * @param carryOutMinutes minutes this month passes to the next one under the carry-over policy
     */
    public record LevelLine(SupportLevel level, long baseMinutes, long topUpMinutes, long carryInMinutes,
            Money hourlyRate, Figures figures, long carryOutMinutes, List<TicketLine> tickets) {

        public LevelLine {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(hourlyRate, "hourlyRate");
            Objects.requireNonNull(figures, "figures");
            tickets = List.copyOf(tickets);
        }

        /** Base contingent + top-ups + carry-in. */
        public long availableMinutes() {
            return baseMinutes + topUpMinutes + carryInMinutes;
        }

        public long usedMinutes() {
            return figures.usedMinutes();
        }
    }

    /** One ticket within one level. */
    public record TicketLine(long issueId, SupportLevel level, Figures figures) {

        public TicketLine {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(figures, "figures");
        }
    }
}
