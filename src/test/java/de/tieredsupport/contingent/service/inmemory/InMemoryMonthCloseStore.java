package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.service.port.ChangedMonth;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryMonthCloseStore implements MonthCloseStore {

    private final Map<Long, TreeMap<YearMonth, MonthClose>> closes = new HashMap<>();
    /** Changed closed months, each with the result kept for it (empty: unknown). */
    private final Map<Long, TreeMap<YearMonth, Optional<MonthResult>>> changed = new HashMap<>();
    private int snapshotReads;
    private boolean failKeeping;

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
    public synchronized List<MonthClose> findFrom(long projectId, YearMonth from) {
        List<MonthClose> result = new ArrayList<>(of(projectId).tailMap(from, true).values());
        snapshotReads += result.size();
        return result;
    }

    @Override
    public synchronized void markChanged(long projectId, YearMonth closedMonth) {
        changed.computeIfAbsent(projectId, p -> new TreeMap<>()).put(closedMonth, Optional.empty());
    }

    /** Makes {@link #saveCurrentResult} fail, as a store that cannot write would. */
    public synchronized void failKeepingResults(boolean fail) {
        failKeeping = fail;
    }

    @Override
    public synchronized void saveCurrentResult(MonthResult current) {
        if (failKeeping) {
            throw new IllegalStateException("keeping results fails in this test");
        }
        TreeMap<YearMonth, Optional<MonthResult>> marks = changed.get(current.projectId());
        if (marks != null && marks.containsKey(current.month())) {
            marks.put(current.month(), Optional.of(current));
        }
    }

    @Override
    public synchronized void clearChanged(long projectId, YearMonth closedMonth) {
        changed.getOrDefault(projectId, new TreeMap<>()).remove(closedMonth);
    }

    @Override
    public synchronized List<YearMonth> findChangedMonths(long projectId) {
        return new ArrayList<>(changed.getOrDefault(projectId, new TreeMap<>()).keySet());
    }

    @Override
    public synchronized List<ChangedMonth> findChanged(long projectId) {
        List<ChangedMonth> result = new ArrayList<>();
        changed.getOrDefault(projectId, new TreeMap<>()).forEach((month, current) ->
                result.add(new ChangedMonth(month, current)));
        return result;
    }

    private TreeMap<YearMonth, MonthClose> of(long projectId) {
        return closes.computeIfAbsent(projectId, p -> new TreeMap<>());
    }
}
