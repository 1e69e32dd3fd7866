package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.service.port.TotalsStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTotalsStore implements TotalsStore {

    private record Key(long projectId, YearMonth month) {
    }

    private record TicketKey(long projectId, YearMonth month, long issueId, SupportLevel level) {
    }

    private final Map<Key, MonthTotals> totals = new HashMap<>();
    private final Map<TicketKey, TicketTotal> tickets = new HashMap<>();

    @Override
    public synchronized Optional<MonthTotals> find(long projectId, YearMonth month) {
        return Optional.ofNullable(totals.get(new Key(projectId, month)));
    }

    @Override
    public synchronized List<MonthTotals> findRange(long projectId, YearMonth from, YearMonth to) {
        List<MonthTotals> result = new ArrayList<>();
        for (MonthTotals t : totals.values()) {
            if (t.projectId() == projectId && !t.month().isBefore(from) && !t.month().isAfter(to)) {
                result.add(t);
            }
        }
        return result;
    }

    @Override
    public synchronized List<MonthTotals> findMonth(YearMonth month) {
        List<MonthTotals> result = new ArrayList<>();
        for (MonthTotals t : totals.values()) {
            if (t.month().equals(month)) {
                result.add(t);
            }
        }
        return result;
    }

    @Override
    public synchronized void save(MonthTotals monthTotals) {
        totals.put(new Key(monthTotals.projectId(), monthTotals.month()), monthTotals);
    }

    private final Map<Key, Decisions> decisions = new HashMap<>();

    private final Map<Key, Boolean> changeRequestFlags = new HashMap<>();

    private record MemoryRows(MonthTotals totals, Optional<Decisions> decisions, Optional<Boolean> changeRequests)
            implements Rows {
    }

    @Override
    public synchronized void markChangeRequests(long projectId, YearMonth month) {
        Key key = new Key(projectId, month);
        if (totals.containsKey(key)) {
            changeRequestFlags.put(key, true);
        }
    }

    @Override
    public synchronized void save(MonthTotals monthTotals, Decisions monthDecisions) {
        save(monthTotals);
        decisions.put(new Key(monthTotals.projectId(), monthTotals.month()), monthDecisions);
    }

    @Override
    public synchronized Rows findForUpdate(long projectId, YearMonth month) {
        return new MemoryRows(find(projectId, month).orElse(MonthTotals.empty(projectId, month)),
                Optional.ofNullable(decisions.get(new Key(projectId, month))),
                Optional.ofNullable(changeRequestFlags.get(new Key(projectId, month))));
    }

    @Override
    public synchronized void update(Rows read, MonthTotals next, Collection<TicketTotal.Change> ticketChanges,
            Decisions monthDecisions, Boolean changeRequests) {
        if (!(read instanceof MemoryRows) || read.totals().projectId() != next.projectId()
                || !read.totals().month().equals(next.month())) {
            throw new IllegalArgumentException("Rows of another month or store: " + read);
        }
        if (monthDecisions != null) {
            save(next, monthDecisions);
        } else {
            save(next);
        }
        if (changeRequests != null) {
            changeRequestFlags.put(new Key(next.projectId(), next.month()), changeRequests);
        }
        applyTicketChanges(next.projectId(), next.month(), ticketChanges);
    }

    /** The decisions kept with the month's totals, if any: what a booking would use instead of reading them. */
    public synchronized Optional<Decisions> decisions(long projectId, YearMonth month) {
        return Optional.ofNullable(decisions.get(new Key(projectId, month)));
    }

    @Override
    public synchronized List<TicketTotal> findTickets(long projectId, YearMonth month) {
        List<TicketTotal> result = new ArrayList<>();
        tickets.forEach((key, total) -> {
            if (key.projectId() == projectId && key.month().equals(month)) {
                result.add(total);
            }
        });
        return result;
    }

    @Override
    public synchronized void applyTicketChanges(long projectId, YearMonth month,
            Collection<TicketTotal.Change> changes) {
        for (TicketTotal.Change change : changes) {
            TicketKey key = new TicketKey(projectId, month, change.issueId(), change.level());
            TicketTotal next = tickets.getOrDefault(key, new TicketTotal(change.issueId(), change.level(), Minutes.of(0), Minutes.of(0)))
                    .plus(change);
            if (next.isEmpty()) {
                tickets.remove(key);
            } else {
                tickets.put(key, next);
            }
        }
    }

    @Override
    public synchronized void replaceTickets(long projectId, YearMonth month, Collection<TicketTotal> replacement) {
        tickets.keySet().removeIf(key -> key.projectId() == projectId && key.month().equals(month));
        for (TicketTotal total : replacement) {
            if (!total.isEmpty()) {
                tickets.put(new TicketKey(projectId, month, total.issueId(), total.level()), total);
            }
        }
    }

    /** Forgets the month's ticket totals, as a month booked before they were kept. */
    public synchronized void dropTickets(long projectId, YearMonth month) {
        replaceTickets(projectId, month, List.of());
    }
}
