package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.millis;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.FiredAlertEntity;
import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.service.port.AlertStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Fired alerts. The caller holds the (project, month) cluster lock, so the existence check and the insert
 * cannot interleave with another node; the unique ALERT_KEY column is the database's own guarantee on top.
 */
@Named
public final class AoAlertStore implements AlertStore {

    private final ActiveObjects ao;

    @Inject
    public AoAlertStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean recordIfAbsent(Alert alert) {
        String key = keyOf(alert.key());
        if (ao.count(FiredAlertEntity.class, "ALERT_KEY = ?", key) > 0) {
            return false;
        }
        ao.create(FiredAlertEntity.class,
                new DBParam("ALERT_KEY", key),
                new DBParam("PROJECT_ID", alert.projectId()),
                new DBParam("BILLING_MONTH", month(alert.month())),
                new DBParam("LEVEL_KEY", alert.level().key()),
                new DBParam("THRESHOLD_PERCENT", alert.thresholdPercent()),
                new DBParam("AVAILABLE_MINUTES", alert.availableMinutes().toLong()),
                new DBParam("USED_MINUTES", alert.usedMinutes().toLong()),
                new DBParam("FIRED_AT", millis(alert.firedAt())),
                new DBParam("CROSSING_WORKLOG_ID", alert.crossingBooking().map(Alert.Crossing::worklogId).orElse(null)),
                new DBParam("CROSSING_START_AT",
                        alert.crossingBooking().map(c -> millis(c.worklogStart())).orElse(null)),
                new DBParam("CROSSING_BOOKED_AT",
                        alert.crossingBooking().map(c -> millis(c.bookedAt())).orElse(null)));
        return true;
    }

    @Override
    public List<Alert> findByMonth(long projectId, YearMonth month) {
        return toAlerts(ao.find(FiredAlertEntity.class, Query.select()
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)).order("ID")));
    }

    @Override
    public List<Alert> findMonth(YearMonth month) {
        return toAlerts(ao.find(FiredAlertEntity.class, Query.select().where("BILLING_MONTH = ?", month(month))
                .order("ID")));
    }

    private static List<Alert> toAlerts(FiredAlertEntity[] rows) {
        return Arrays.stream(rows)
                .map(row -> new Alert(row.getProjectId(), month(row.getBillingMonth()), level(row.getLevelKey()),
                        row.getThresholdPercent(), Minutes.of(row.getAvailableMinutes()),
                        Minutes.of(row.getUsedMinutes()),
                        instant(row.getFiredAt()), crossing(row)))
                .collect(Collectors.toList());
    }

    /** Null for rows without a crossing (stored before model version 2) or with an incomplete one. */
    private static Alert.Crossing crossing(FiredAlertEntity row) {
        Long worklogId = row.getCrossingWorklogId();
        Long start = row.getCrossingStartAt();
        Long bookedAt = row.getCrossingBookedAt();
        if (worklogId == null || start == null || bookedAt == null) {
            return null;
        }
        return new Alert.Crossing(worklogId, instant(start), instant(bookedAt));
    }

    /** (project, month, level, threshold, available) as one unique string. */
    static String keyOf(Alert.Key key) {
        return key.projectId() + "|" + month(key.month()) + "|" + key.level().key() + "|" + key.thresholdPercent()
                + "|" + key.availableMinutes().toLong();
    }
}
