package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.service.port.SuspensionStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemorySuspensionStore implements SuspensionStore {

    private record Key(long projectId, YearMonth month, int number) {
    }

    private final Map<Key, Suspension> suspensions = new HashMap<>();

    @Override
    public synchronized List<Suspension> findByMonth(long projectId, YearMonth month) {
        List<Suspension> result = new ArrayList<>();
        for (Suspension s : suspensions.values()) {
            if (s.projectId() == projectId && s.month().equals(month)) {
                result.add(s);
            }
        }
        result.sort(Comparator.comparingInt(Suspension::number));
        return result;
    }

    @Override
    public synchronized List<Suspension> findMonth(YearMonth month) {
        List<Suspension> result = new ArrayList<>();
        for (Suspension s : suspensions.values()) {
            if (s.month().equals(month)) {
                result.add(s);
            }
        }
        result.sort(Comparator.comparingLong(Suspension::projectId).thenComparingInt(Suspension::number));
        return result;
    }

    @Override
    public synchronized void save(Suspension suspension) {
        suspensions.put(new Key(suspension.projectId(), suspension.month(), suspension.number()), suspension);
    }
}
