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

import de.tieredsupport.contingent.ao.entity.SuspensionEntity;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.service.port.SuspensionStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Suspensions in {@code AO_59A0F7_SUSPENSION}, one row per (project, month, number). */
@Named
public final class AoSuspensionStore implements SuspensionStore {

    static final String ALL_LEVELS = "ALL";

    private final ActiveObjects ao;

    @Inject
    public AoSuspensionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Suspension> findByMonth(long projectId, YearMonth month) {
        return Arrays.stream(rows(projectId, month))
                .map(AoSuspensionStore::toSuspension)
                .collect(Collectors.toList());
    }

    @Override
    public List<Suspension> findMonth(YearMonth month) {
        return Arrays.stream(ao.find(SuspensionEntity.class, Query.select().where("BILLING_MONTH = ?", month(month))
                        .order("PROJECT_ID, SEQUENCE_NO")))
                .map(AoSuspensionStore::toSuspension)
                .collect(Collectors.toList());
    }

    @Override
    public void save(Suspension suspension) {
        SuspensionEntity existing = Arrays.stream(rows(suspension.projectId(), suspension.month()))
                .filter(row -> row.getSequenceNo() == suspension.number())
                .findFirst().orElse(null);
        String scope = suspension.scope().map(l -> l.key()).orElse(ALL_LEVELS);
        if (existing == null) {
            ao.create(SuspensionEntity.class,
                    new DBParam("PROJECT_ID", suspension.projectId()),
                    new DBParam("BILLING_MONTH", month(suspension.month())),
                    new DBParam("SEQUENCE_NO", suspension.number()),
                    new DBParam("SCOPE", scope),
                    new DBParam("FROM_AT", millis(suspension.from())),
                    new DBParam("UNTIL_AT", millis(suspension.until())),
                    new DBParam("DECIDED_BY", suspension.suspendedBy()),
                    new DBParam("RESUMED_BY", suspension.resumedBy()),
                    new DBParam("REASON", suspension.reason()));
        } else {
            existing.setScope(scope);
            existing.setFromAt(millis(suspension.from()));
            existing.setUntilAt(millis(suspension.until()));
            existing.setDecidedBy(suspension.suspendedBy());
            existing.setResumedBy(suspension.resumedBy());
            existing.setReason(suspension.reason());
            existing.save();
        }
    }

    private SuspensionEntity[] rows(long projectId, YearMonth month) {
        return ao.find(SuspensionEntity.class, Query.select()
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)).order("SEQUENCE_NO"));
    }

    private static Suspension toSuspension(SuspensionEntity row) {
        return new Suspension(row.getProjectId(), month(row.getBillingMonth()), row.getSequenceNo(),
                ALL_LEVELS.equals(row.getScope()) ? null : level(row.getScope()),
                instant(row.getFromAt()), instant(row.getUntilAt()), row.getDecidedBy(),
                row.getReason() == null ? "" : row.getReason(), row.getResumedBy());
    }
}
