package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The billing result of one contract month: one line per level (L1, L2, L3 in order), each with its ticket lines.
 * Immutable, so a closed month's snapshot is exactly this value.
 */
public record MonthResult(long projectId, YearMonth month, Currency currency, OveragePolicy overagePolicy,
        List<LevelLine> levels) {

    public MonthResult {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(overagePolicy, "overagePolicy");
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

    public Money totalAmount() {
        Money total = Money.zero(currency);
        for (LevelLine line : levels) {
            total = total.plus(line.figures().amount());
        }
        return total;
    }

    public long totalBilledMinutes() {
        return levels.stream().mapToLong(l -> l.figures().billedMinutes()).sum();
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
