package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.service.port.AlertStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryAlertStore implements AlertStore {

    private final Map<Alert.Key, Alert> alerts = new LinkedHashMap<>();

    @Override
    public synchronized boolean recordIfAbsent(Alert alert) {
        return alerts.putIfAbsent(alert.key(), alert) == null;
    }

    @Override
    public synchronized List<Alert> findByMonth(long projectId, YearMonth month) {
        List<Alert> result = new ArrayList<>();
        for (Alert a : alerts.values()) {
            if (a.projectId() == projectId && a.month().equals(month)) {
                result.add(a);
            }
        }
        return result;
    }

    @Override
    public synchronized List<Alert> findMonth(YearMonth month) {
        List<Alert> result = new ArrayList<>();
        for (Alert a : alerts.values()) {
            if (a.month().equals(month)) {
                result.add(a);
            }
        }
        return result;
    }

    public synchronized List<Alert> all() {
        return new ArrayList<>(alerts.values());
    }
}
