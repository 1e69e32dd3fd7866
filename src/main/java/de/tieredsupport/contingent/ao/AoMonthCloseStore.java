package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.millis;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ChangedMonthEntity;
import de.tieredsupport.contingent.ao.entity.MonthCloseEntity;
import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.ChangedMonth;
import de.tieredsupport.contingent.service.port.MonthCloseStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Closed months with their frozen snapshots ({@code AO_59A0F7_MONTH_CLOSE}, written once, never updated) and
 * the closed months whose bookings changed afterwards ({@code AO_59A0F7_CHANGED_MONTH}), with what each computes to
 * now.
 */
@Named
public final class AoMonthCloseStore implements MonthCloseStore {

    /** Everything but the snapshot, which holds every ticket of the month. */
    private static final String LEVEL_COLUMNS = "ID, PROJECT_ID, BILLING_MONTH, CLOSED_LEVELS";

    private final ActiveObjects ao;

    @Inject
    public AoMonthCloseStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<MonthClose> find(long projectId, YearMonth month) {
        return first(ao.find(MonthCloseEntity.class,
                Query.select().where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month))));
    }

    @Override
    public boolean isClosed(long projectId, YearMonth month) {
        return ao.count(MonthCloseEntity.class, "PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)) > 0;
    }

    @Override
    public Optional<ClosedLevels> findLevels(long projectId, YearMonth month) {
        return firstLevels(streamLevels(Query.select(LEVEL_COLUMNS)
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month))));
    }

    @Override
    public List<ClosedLevels> findMonthLevels(YearMonth month) {
        return streamLevels(Query.select(LEVEL_COLUMNS).where("BILLING_MONTH = ?", month(month)).order("PROJECT_ID"));
    }

    @Override
    public Optional<ClosedLevels> findLatestLevels(long projectId) {
        return firstLevels(streamLevels(Query.select(LEVEL_COLUMNS)
                .where("PROJECT_ID = ?", projectId).order("BILLING_MONTH DESC").limit(1)));
    }

    /**
     * The closed levels of the rows the query selects, reading only the level columns: {@code find} would fetch every
     * column, the frozen result too, which status and recording never need. A row stored before the levels column
     * existed is read once more whole, for its snapshot.
     */
    private List<ClosedLevels> streamLevels(Query query) {
        List<ClosedLevels> found = new ArrayList<>();
        List<Integer> withoutLevels = new ArrayList<>();
        ao.stream(MonthCloseEntity.class, query, row -> {
            if (row.getClosedLevels() == null) {
                withoutLevels.add(row.getID());
                found.add(null);
            } else {
                found.add(decodeLevels(row.getProjectId(), month(row.getBillingMonth()), row.getClosedLevels()));
            }
        });
        for (int id : withoutLevels) {
            MonthCloseEntity whole = ao.get(MonthCloseEntity.class, id);
            found.set(found.indexOf(null), ClosedLevels.of(toClose(whole)));
        }
        return found;
    }

    @Override
    public boolean saveIfAbsent(MonthClose close) {
        // Callers hold the project's lock; the unique (project, month) index refuses a second close anyway.
        if (ao.count(MonthCloseEntity.class, "PROJECT_ID = ? AND BILLING_MONTH = ?",
                close.projectId(), month(close.month())) > 0) {
            return false;
        }
        ao.create(MonthCloseEntity.class,
                new DBParam("PROJECT_ID", close.projectId()),
                new DBParam("BILLING_MONTH", month(close.month())),
                new DBParam("CLOSED_BY", close.closedBy()),
                new DBParam("CLOSED_AT", millis(close.closedAt())),
                new DBParam("CLOSED_LEVELS", encodeLevels(ClosedLevels.of(close))),
                new DBParam("SNAPSHOT", SnapshotCodec.encode(close.result(), close.settledAdjustments())));
        return true;
    }

    @Override
    public List<Adjustment> findSettledAdjustments(long projectId, YearMonth closedMonth) {
        List<Adjustment> settled = new ArrayList<>();
        for (MonthCloseEntity row : ao.find(MonthCloseEntity.class, Query.select()
                .where("PROJECT_ID = ? AND BILLING_MONTH > ?", projectId, month(closedMonth)).order("BILLING_MONTH"))) {
            for (Adjustment adjustment : SnapshotCodec.decode(row.getSnapshot()).settledAdjustments()) {
                if (adjustment.closedMonth().equals(closedMonth)) {
                    settled.add(adjustment);
                }
            }
        }
        return settled;
    }

    @Override
    public List<MonthClose> findFrom(long projectId, YearMonth from) {
        List<MonthClose> found = new ArrayList<>();
        for (MonthCloseEntity row : ao.find(MonthCloseEntity.class, Query.select()
                .where("PROJECT_ID = ? AND BILLING_MONTH >= ?", projectId, month(from)).order("BILLING_MONTH"))) {
            found.add(toClose(row));
        }
        return found;
    }

    @Override
    public void markChanged(long projectId, YearMonth closedMonth) {
        ChangedMonthEntity[] rows = changedRows(projectId, closedMonth);
        if (rows.length == 0) {
            ao.create(ChangedMonthEntity.class, new DBParam("PROJECT_ID", projectId),
                    new DBParam("BILLING_MONTH", month(closedMonth)));
            return;
        }
        for (ChangedMonthEntity row : rows) {
            row.setCurrentResult(null);
            row.save();
        }
    }

    @Override
    public void saveCurrentResult(MonthResult current) {
        String text = SnapshotCodec.encode(current, List.of());
        for (ChangedMonthEntity row : changedRows(current.projectId(), current.month())) {
            row.setCurrentResult(text);
            row.save();
        }
    }

    private ChangedMonthEntity[] changedRows(long projectId, YearMonth closedMonth) {
        return ao.find(ChangedMonthEntity.class, Query.select("ID")
                .where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(closedMonth)));
    }

    @Override
    public void clearChanged(long projectId, YearMonth closedMonth) {
        ao.deleteWithSQL(ChangedMonthEntity.class, "PROJECT_ID = ? AND BILLING_MONTH = ?", projectId,
                month(closedMonth));
    }

    /** Streamed, so that only the months are read, not the results kept beside them. */
    @Override
    public List<YearMonth> findChangedMonths(long projectId) {
        List<YearMonth> months = new ArrayList<>();
        ao.stream(ChangedMonthEntity.class, Query.select("ID, BILLING_MONTH").where("PROJECT_ID = ?", projectId)
                .order("BILLING_MONTH"), row -> months.add(month(row.getBillingMonth())));
        return months;
    }

    @Override
    public List<ChangedMonth> findChanged(long projectId) {
        List<ChangedMonth> found = new ArrayList<>();
        for (ChangedMonthEntity row : ao.find(ChangedMonthEntity.class, Query.select("ID, BILLING_MONTH, CURRENT_RESULT")
                .where("PROJECT_ID = ?", projectId).order("BILLING_MONTH"))) {
            String current = row.getCurrentResult();
            found.add(new ChangedMonth(month(row.getBillingMonth()),
                    current == null ? Optional.empty() : Optional.of(SnapshotCodec.decode(current).result())));
        }
        return found;
    }

    private static Optional<MonthClose> first(MonthCloseEntity[] rows) {
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(toClose(rows[0]));
    }

    private static Optional<ClosedLevels> firstLevels(List<ClosedLevels> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static String encodeLevels(ClosedLevels closed) {
        StringBuilder text = new StringBuilder();
        for (SupportLevel level : SupportLevel.values()) {
            ClosedLevels.Level figures = closed.level(level);
            text.append(text.length() == 0 ? "" : ",").append(level.key()).append(':')
                    .append(figures.carryInMinutes().toLong()).append(':').append(figures.availableMinutes().toLong())
                    .append(':').append(figures.carryOutMinutes().toLong());
        }
        return text.toString();
    }

    static ClosedLevels decodeLevels(long projectId, YearMonth month, String text) {
        Map<SupportLevel, ClosedLevels.Level> levels = new EnumMap<>(SupportLevel.class);
        for (String part : text.split(",")) {
            String[] fields = part.split(":");
            if (fields.length != 4) {
                throw new IllegalStateException("Closed levels of " + month + " unreadable: " + text);
            }
            SupportLevel level = SupportLevel.fromKey(fields[0]).orElseThrow(
                    () -> new IllegalStateException("Closed levels of " + month + " name level " + fields[0]));
            levels.put(level, new ClosedLevels.Level(Minutes.of(Long.parseLong(fields[1])),
                    Minutes.of(Long.parseLong(fields[2])), Minutes.of(Long.parseLong(fields[3]))));
        }
        return new ClosedLevels(projectId, month, levels);
    }

    private static MonthClose toClose(MonthCloseEntity row) {
        SnapshotCodec.Snapshot snapshot = SnapshotCodec.decode(row.getSnapshot());
        return new MonthClose(row.getProjectId(), month(row.getBillingMonth()), snapshot.result(),
                snapshot.settledAdjustments(), row.getClosedBy(), instant(row.getClosedAt()));
    }
}
