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

import de.tieredsupport.contingent.ao.entity.TopUpEntity;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.TopUpStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Top-ups in {@code AO_59A0F7_TOP_UP}, in the order they were granted. */
@Named
public final class AoTopUpStore implements TopUpStore {

    private final ActiveObjects ao;

    @Inject
    public AoTopUpStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(TopUp topUp) {
        ao.create(TopUpEntity.class,
                new DBParam("PROJECT_ID", topUp.projectId()),
                new DBParam("BILLING_MONTH", month(topUp.month())),
                new DBParam("LEVEL_KEY", topUp.level().key()),
                new DBParam("MINUTES", topUp.minutes().toLong()),
                new DBParam("DECIDED_BY", topUp.grantedBy()),
                new DBParam("DECIDED_AT", millis(topUp.grantedAt())),
                new DBParam("REASON", topUp.reason()));
    }

    @Override
    public List<TopUp> findByMonth(long projectId, YearMonth month) {
        return findRange(projectId, month, month);
    }

    @Override
    public List<TopUp> findMonth(YearMonth month) {
        return toTopUps(ao.find(TopUpEntity.class, Query.select().where("BILLING_MONTH = ?", month(month))
                .order("ID")));
    }

    @Override
    public List<TopUp> findRange(long projectId, YearMonth from, YearMonth to) {
        return toTopUps(ao.find(TopUpEntity.class, Query.select()
                        .where("PROJECT_ID = ? AND BILLING_MONTH >= ? AND BILLING_MONTH <= ?",
                                projectId, month(from), month(to))
                        .order("ID")));
    }

    private static List<TopUp> toTopUps(TopUpEntity[] rows) {
        return Arrays.stream(rows)
                .map(row -> new TopUp(row.getProjectId(), month(row.getBillingMonth()), level(row.getLevelKey()),
                        Minutes.of(row.getMinutes()), row.getDecidedBy(), row.getReason() == null ? "" : row.getReason(),
                        instant(row.getDecidedAt())))
                .collect(Collectors.toList());
    }
}
