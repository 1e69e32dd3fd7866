package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.LevelTotalEntity;
import de.tieredsupport.contingent.ao.entity.TicketTotalEntity;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.LevelTotals;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.service.port.TotalsStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Running totals per (project, month, level) in {@code AO_59A0F7_LEVEL_TOTAL} (three rows per project-month) and per
 * ticket in {@code AO_59A0F7_TICKET_TOTAL} (one row per ticket and level with minutes).
 */
@Named
public final class AoTotalsStore implements TotalsStore {

    /** What a ticket total is made of; no row id. */
    private static final String TICKET_COLUMNS =
            "ISSUE_ID, LEVEL_KEY, USED_MINUTES, SUSPENDED_MINUTES, CHANGE_REQUEST_MINUTES";

    private final ActiveObjects ao;

    @Inject
    public AoTotalsStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<MonthTotals> find(long projectId, YearMonth month) {
        List<MonthTotals> found = group(ao.find(LevelTotalEntity.class,
                Query.select().where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month))));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<MonthTotals> findRange(long projectId, YearMonth from, YearMonth to) {
        return group(ao.find(LevelTotalEntity.class,
                Query.select().where("PROJECT_ID = ? AND BILLING_MONTH >= ? AND BILLING_MONTH <= ?",
                        projectId, month(from), month(to))));
    }

    /** Totals of every project for one month: the dashboard's overview, without touching bookings. */
    @Override
    public List<MonthTotals> findMonth(YearMonth month) {
        return group(ao.find(LevelTotalEntity.class, Query.select().where("BILLING_MONTH = ?", month(month))));
    }

    @Override
    public void save(MonthTotals totals) {
        write(levelRows(totals.projectId(), totals.month()), totals, null, null);
    }

    @Override
    public void save(MonthTotals totals, Decisions decisions) {
        write(levelRows(totals.projectId(), totals.month()), totals, Objects.requireNonNull(decisions, "decisions"),
                null);
    }

    /** The level rows read, by level key, kept so that {@link #update} writes them without another read. */
    private record AoRows(MonthTotals totals, Map<String, LevelTotalEntity> byLevel) implements Rows {

        @Override
        public Optional<Decisions> decisions() {
            LevelMinutes topUps = LevelMinutes.ZERO;
            Integer windows = null;
            for (SupportLevel level : SupportLevel.values()) {
                LevelTotalEntity row = byLevel.get(level.key());
                if (row == null || row.getTopUpMinutes() == null || row.getSuspensionWindows() == null) {
                    return Optional.empty();
                }
                topUps = topUps.with(level, Minutes.of(row.getTopUpMinutes()));
                windows = row.getSuspensionWindows();
            }
            return Optional.of(new Decisions(topUps, windows));
        }

        @Override
        public Optional<Boolean> changeRequests() {
            Boolean any = null;
            for (SupportLevel level : SupportLevel.values()) {
                LevelTotalEntity row = byLevel.get(level.key());
                if (row == null || row.getChangeRequests() == null) {
                    return Optional.empty();
                }
                any = row.getChangeRequests();
            }
            return Optional.of(any);
        }
    }

    @Override
    public void markChangeRequests(long projectId, YearMonth month) {
        for (LevelTotalEntity row : levelRows(projectId, month).values()) {
            if (!Boolean.TRUE.equals(row.getChangeRequests())) {
                row.setChangeRequests(true);
                row.save();
            }
        }
    }

    @Override
    public Rows findForUpdate(long projectId, YearMonth month) {
        Map<String, LevelTotalEntity> byLevel = levelRows(projectId, month);
        List<MonthTotals> grouped = group(byLevel.values().toArray(new LevelTotalEntity[0]));
        return new AoRows(grouped.isEmpty() ? MonthTotals.empty(projectId, month) : grouped.get(0), byLevel);
    }

    @Override
    public void update(Rows read, MonthTotals totals, Collection<TicketTotal.Change> ticketChanges,
            Decisions decisions, Boolean changeRequests) {
        if (!(read instanceof AoRows rows) || rows.totals().projectId() != totals.projectId()
                || !rows.totals().month().equals(totals.month())) {
            throw new IllegalArgumentException("Rows of another month or store: " + read);
        }
        write(rows.byLevel(), totals, decisions, changeRequests);
        applyTicketChanges(totals.projectId(), totals.month(), ticketChanges);
    }

    private Map<String, LevelTotalEntity> levelRows(long projectId, YearMonth month) {
        Map<String, LevelTotalEntity> existing = new TreeMap<>();
        for (LevelTotalEntity row : ao.find(LevelTotalEntity.class, Query.select()
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)))) {
            existing.put(row.getLevelKey(), row);
        }
        return existing;
    }

    /**
     * Creates missing level rows and updates those whose figures differ from {@code totals}; the decisions and the
     * change-request flag too unless null (then new rows leave them unknown).
     */
    private void write(Map<String, LevelTotalEntity> existing, MonthTotals totals, Decisions decisions,
            Boolean changeRequests) {
        for (SupportLevel level : SupportLevel.values()) {
            LevelTotals values = totals.level(level);
            Long topUp = decisions == null ? null : decisions.topUpMinutes().get(level).toLong();
            Integer windows = decisions == null ? null : decisions.suspensionWindows();
            LevelTotalEntity row = existing.get(level.key());
            if (row == null) {
                ao.create(LevelTotalEntity.class,
                        new DBParam("PROJECT_ID", totals.projectId()),
                        new DBParam("BILLING_MONTH", month(totals.month())),
                        new DBParam("LEVEL_KEY", level.key()),
                        new DBParam("USED_MINUTES", values.usedMinutes().toLong()),
                        new DBParam("SUSPENDED_MINUTES", values.suspendedMinutes().toLong()),
                        new DBParam("AVAILABLE_MINUTES", values.availableMinutes().toLong()),
                        new DBParam("TOP_UP_MINUTES", topUp),
                        new DBParam("SUSPENSION_WINDOWS", windows),
                        new DBParam("CHANGE_REQUESTS", changeRequests));
            } else if (row.getUsedMinutes() != values.usedMinutes().toLong()
                    || row.getSuspendedMinutes() != values.suspendedMinutes().toLong()
                    || row.getAvailableMinutes() != values.availableMinutes().toLong()
                    || decisions != null && (!topUp.equals(row.getTopUpMinutes())
                            || !windows.equals(row.getSuspensionWindows()))
                    || changeRequests != null && !changeRequests.equals(row.getChangeRequests())) {
                row.setUsedMinutes(values.usedMinutes().toLong());
                row.setSuspendedMinutes(values.suspendedMinutes().toLong());
                row.setAvailableMinutes(values.availableMinutes().toLong());
                if (decisions != null) {
                    row.setTopUpMinutes(topUp);
                    row.setSuspensionWindows(windows);
                }
                if (changeRequests != null) {
                    row.setChangeRequests(changeRequests);
                }
                row.save();
            }
        }
    }

    /**
     * Streams the month's ticket rows with the five columns a ticket total needs: AO maps every selected column of
     * every row by name, so the row id (which AO does not need for a read-only row) is left out.
     */
    @Override
    public List<TicketTotal> findTickets(long projectId, YearMonth month) {
        List<TicketTotal> tickets = new ArrayList<>();
        ao.stream(TicketTotalEntity.class, Query.select(TICKET_COLUMNS)
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)),
                row -> tickets.add(ticket(row)));
        return tickets;
    }

    @Override
    public void applyTicketChanges(long projectId, YearMonth month, Collection<TicketTotal.Change> changes) {
        for (TicketTotal.Change change : changes) {
            TicketTotalEntity[] rows = ao.find(TicketTotalEntity.class, Query.select().where(
                    "PROJECT_ID = ? AND BILLING_MONTH = ? AND LEVEL_KEY = ? AND ISSUE_ID = ?", projectId,
                    month(month), change.level().key(), change.issueId()));
            TicketTotal now = rows.length == 0 ? new TicketTotal(change.issueId(), change.level(), Minutes.ZERO, Minutes.ZERO)
                    : ticket(rows[0]);
            TicketTotal next = now.plus(change);
            if (rows.length == 0) {
                create(projectId, month, next);
            } else if (next.isEmpty()) {
                ao.delete(rows[0]);
            } else {
                rows[0].setUsedMinutes(next.usedMinutes().toLong());
                rows[0].setSuspendedMinutes(next.suspendedMinutes().toLong());
                rows[0].setChangeRequestMinutes(next.changeRequestMinutes().toLong());
                rows[0].save();
            }
        }
    }

    @Override
    public void replaceTickets(long projectId, YearMonth month, Collection<TicketTotal> tickets) {
        ao.deleteWithSQL(TicketTotalEntity.class, "PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month));
        for (TicketTotal total : tickets) {
            create(projectId, month, total);
        }
    }

    private void create(long projectId, YearMonth month, TicketTotal total) {
        if (total.isEmpty()) {
            return;
        }
        ao.create(TicketTotalEntity.class,
                new DBParam("PROJECT_ID", projectId),
                new DBParam("BILLING_MONTH", month(month)),
                new DBParam("LEVEL_KEY", total.level().key()),
                new DBParam("ISSUE_ID", total.issueId()),
                new DBParam("USED_MINUTES", total.usedMinutes().toLong()),
                new DBParam("SUSPENDED_MINUTES", total.suspendedMinutes().toLong()),
                new DBParam("CHANGE_REQUEST_MINUTES", total.changeRequestMinutes().toLong()));
    }

    /** Rows written before change requests existed hold null change-request minutes: none. */
    private static TicketTotal ticket(TicketTotalEntity row) {
        Long changeRequest = row.getChangeRequestMinutes();
        return new TicketTotal(row.getIssueId(), level(row.getLevelKey()), Minutes.of(row.getUsedMinutes()),
                Minutes.of(row.getSuspendedMinutes()), changeRequest == null ? Minutes.ZERO : Minutes.of(changeRequest));
    }

    private static List<MonthTotals> group(LevelTotalEntity[] rows) {
        Map<Long, Map<Integer, Map<SupportLevel, LevelTotals>>> byProjectAndMonth = new TreeMap<>();
        for (LevelTotalEntity row : rows) {
            byProjectAndMonth.computeIfAbsent(row.getProjectId(), p -> new TreeMap<>())
                    .computeIfAbsent(row.getBillingMonth(), m -> new EnumMap<>(SupportLevel.class))
                    .put(level(row.getLevelKey()),
                            new LevelTotals(Minutes.of(row.getUsedMinutes()),
                                    Minutes.of(row.getSuspendedMinutes()), Minutes.of(row.getAvailableMinutes())));
        }
        List<MonthTotals> result = new ArrayList<>();
        byProjectAndMonth.forEach((projectId, months) -> months.forEach(
                (yyyymm, levels) -> result.add(new MonthTotals(projectId, month(yyyymm), levels))));
        return result;
    }
}
