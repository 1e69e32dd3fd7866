package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.service.port.TotalsStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTotalsStore implements TotalsStore {

    private record Key(long projectId, YearMonth month) {
    }

    private final Map<Key, MonthTotals> totals = new HashMap<>();

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
}
