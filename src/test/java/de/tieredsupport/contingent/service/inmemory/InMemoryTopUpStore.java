package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.TopUpStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryTopUpStore implements TopUpStore {

    private final List<TopUp> topUps = new ArrayList<>();

    @Override
    public synchronized void add(TopUp topUp) {
        topUps.add(topUp);
    }

    @Override
    public synchronized List<TopUp> findByMonth(long projectId, YearMonth month) {
        return findRange(projectId, month, month);
    }

    @Override
    public synchronized List<TopUp> findMonth(YearMonth month) {
        List<TopUp> result = new ArrayList<>();
        for (TopUp t : topUps) {
            if (t.month().equals(month)) {
                result.add(t);
            }
        }
        return result;
    }

    @Override
    public synchronized List<TopUp> findRange(long projectId, YearMonth from, YearMonth to) {
        List<TopUp> result = new ArrayList<>();
        for (TopUp t : topUps) {
            if (t.projectId() == projectId && !t.month().isBefore(from) && !t.month().isAfter(to)) {
                result.add(t);
            }
        }
        return result;
    }
}
