package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A correction of a closed month, reported in a later open month: what the closed month computes to now minus
 * what was already settled (its snapshot plus adjustments reported by later closes). Figures are signed.
 *
 * @param levels difference per level (all three levels, zero where unchanged)
 * @param tickets non-zero differences per (issue, level), ordered by level then issue id
 * @param changeRequests non-zero differences of change-request lines per (issue, level), ordered by issue id then
 *        level
 */
public record Adjustment(long projectId, YearMonth closedMonth, YearMonth reportedIn,
        Map<SupportLevel, Figures> levels, List<MonthResult.TicketLine> tickets,
        List<MonthResult.ChangeRequestLine> changeRequests) {

    /** An adjustment without change-request differences. */
    public Adjustment(long projectId, YearMonth closedMonth, YearMonth reportedIn,
            Map<SupportLevel, Figures> levels, List<MonthResult.TicketLine> tickets) {
        this(projectId, closedMonth, reportedIn, levels, tickets, List.of());
    }

    public Adjustment {
        Objects.requireNonNull(closedMonth, "closedMonth");
        Objects.requireNonNull(reportedIn, "reportedIn");
        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        tickets = List.copyOf(tickets);
        changeRequests = List.copyOf(changeRequests);
        if (levels.size() != SupportLevel.values().length) {
            throw new IllegalArgumentException("One difference per level expected");
        }
    }

    public Figures level(SupportLevel level) {
        return levels.get(level);
    }

    public Money totalAmount() {
        Money total = null;
        for (Figures f : levels.values()) {
            total = total == null ? f.amount() : total.plus(f.amount());
        }
        for (MonthResult.ChangeRequestLine line : changeRequests) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /**
     * The adjustment still due for a closed month, or empty when the recomputation matches what was settled.
     *
     * @param recomputed the closed month computed from its bookings now (with its frozen carry-in)
     * @param snapshot the result frozen when the month was closed
     * @param settled adjustments for this month already reported by later closes
     */
    public static Optional<Adjustment> due(MonthResult recomputed, MonthResult snapshot, List<Adjustment> settled,
            YearMonth reportedIn) {
        if (!recomputed.month().equals(snapshot.month()) || recomputed.projectId() != snapshot.projectId()) {
            throw new IllegalArgumentException("Recomputation and snapshot are of different months");
        }
        Figures zero = Figures.zero(snapshot.currency());
        Map<SupportLevel, Figures> levelDelta = new EnumMap<>(SupportLevel.class);
        Map<TicketKey, Figures> ticketDelta = new LinkedHashMap<>();
        boolean any = false;
        for (SupportLevel level : SupportLevel.values()) {
            Figures delta = recomputed.line(level).figures().minus(snapshot.line(level).figures());
            for (Adjustment a : settled) {
                delta = delta.minus(a.level(level));
            }
            levelDelta.put(level, delta);
            any |= !delta.isZero();
        }
        recomputed.ticketLines().forEach(t -> ticketDelta.merge(TicketKey.of(t), t.figures(), Figures::plus));
        snapshot.ticketLines().forEach(t -> ticketDelta.merge(TicketKey.of(t), zero.minus(t.figures()), Figures::plus));
        for (Adjustment a : settled) {
            a.tickets().forEach(t -> ticketDelta.merge(TicketKey.of(t), zero.minus(t.figures()), Figures::plus));
        }
        List<MonthResult.TicketLine> tickets = new ArrayList<>();
        ticketDelta.forEach((key, delta) -> {
            if (!delta.isZero()) {
                tickets.add(new MonthResult.TicketLine(key.issueId(), key.level(), delta));
            }
        });
        tickets.sort(Comparator.comparing(MonthResult.TicketLine::level)
                .thenComparingLong(MonthResult.TicketLine::issueId));
        any |= !tickets.isEmpty();
        List<MonthResult.ChangeRequestLine> changeRequests = changeRequestDelta(recomputed, snapshot, settled);
        any |= !changeRequests.isEmpty();
        return any ? Optional.of(new Adjustment(snapshot.projectId(), snapshot.month(), reportedIn, levelDelta,
                tickets, changeRequests)) : Optional.empty();
    }

    /** Recomputed change-request lines minus the frozen ones minus those already settled; zero lines left out. */
    private static List<MonthResult.ChangeRequestLine> changeRequestDelta(MonthResult recomputed,
            MonthResult snapshot, List<Adjustment> settled) {
        Map<TicketKey, MonthResult.ChangeRequestLine> delta = new LinkedHashMap<>();
        recomputed.changeRequests().forEach(l -> merge(delta, l, 1));
        snapshot.changeRequests().forEach(l -> merge(delta, l, -1));
        settled.forEach(a -> a.changeRequests().forEach(l -> merge(delta, l, -1)));
        return delta.values().stream().filter(l -> l.minutes() != 0 || !l.amount().isZero())
                .sorted(Comparator.comparingLong(MonthResult.ChangeRequestLine::issueId)
                        .thenComparing(MonthResult.ChangeRequestLine::level))
                .toList();
    }

    private static void merge(Map<TicketKey, MonthResult.ChangeRequestLine> delta, MonthResult.ChangeRequestLine line,
            int sign) {
        TicketKey key = new TicketKey(line.issueId(), line.level());
        Money amount = sign > 0 ? line.amount() : Money.zero(line.amount().currency()).minus(line.amount());
        MonthResult.ChangeRequestLine now = delta.get(key);
        delta.put(key, now == null
                ? new MonthResult.ChangeRequestLine(line.issueId(), line.level(), line.hourlyRate(),
                        sign * line.minutes(), amount)
                : new MonthResult.ChangeRequestLine(line.issueId(), line.level(), now.hourlyRate(),
                        now.minutes() + sign * line.minutes(), now.amount().plus(amount)));
    }

    private record TicketKey(long issueId, SupportLevel level) {
        static TicketKey of(MonthResult.TicketLine line) {
            return new TicketKey(line.issueId(), line.level());
        }
    }
}
