package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public final class InMemoryMonthCloseStore implements MonthCloseStore {

    private final Map<Long, TreeMap<YearMonth, MonthClose>> closes = new HashMap<>();
    private final Map<Long, Set<YearMonth>> changed = new HashMap<>();
    private int snapshotReads;

    /** How often a close was read with its snapshot (every ticket of the month). */
    public synchronized int snapshotReads() {
        return snapshotReads;
    }

    @Override
    public synchronized Optional<MonthClose> find(long projectId, YearMonth month) {
        snapshotReads++;
        return Optional.ofNullable(of(projectId).get(month));
    }

    @Override
    public synchronized boolean isClosed(long projectId, YearMonth month) {
        return of(projectId).containsKey(month);
    }

    @Override
    public synchronized Optional<ClosedLevels> findLevels(long projectId, YearMonth month) {
        return Optional.ofNullable(of(projectId).get(month)).map(ClosedLevels::of);
    }

    @Override
    public synchronized List<ClosedLevels> findMonthLevels(YearMonth month) {
        List<ClosedLevels> result = new ArrayList<>();
        for (TreeMap<YearMonth, MonthClose> months : closes.values()) {
            if (months.containsKey(month)) {
                result.add(ClosedLevels.of(months.get(month)));
            }
        }
        return result;
    }

    @Override
    public synchronized Optional<ClosedLevels> findLatestLevels(long projectId) {
        TreeMap<YearMonth, MonthClose> months = of(projectId);
        return months.isEmpty() ? Optional.empty() : Optional.of(ClosedLevels.of(months.lastEntry().getValue()));
    }

    @Override
    public synchronized boolean saveIfAbsent(MonthClose close) {
        return of(close.projectId()).putIfAbsent(close.month(), close) == null;
    }

    @Override
    public synchronized List<Adjustment> findSettledAdjustments(long projectId, YearMonth closedMonth) {
        List<Adjustment> result = new ArrayList<>();
        for (MonthClose close : of(projectId).values()) {
            for (Adjustment a : close.settledAdjustments()) {
                if (a.closedMonth().equals(closedMonth)) {
                    result.add(a);
                }
            }
        }
        return result;
    }

    @Override
    public synchronized void markChanged(long projectId, YearMonth closedMonth) {
        changed.computeIfAbsent(projectId, p -> new TreeSet<>()).add(closedMonth);
    }

    @Override
    public synchronized void clearChanged(long projectId, YearMonth closedMonth) {
        changed.getOrDefault(projectId, new TreeSet<>()).remove(closedMonth);
    }

    @Override
    public synchronized List<YearMonth> findChangedMonths(long projectId) {
        return new ArrayList<>(changed.getOrDefault(projectId, Set.of()));
    }

    private TreeMap<YearMonth, MonthClose> of(long projectId) {
        return closes.computeIfAbsent(projectId, p -> new TreeMap<>());
    }
}
