package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Closed months with their frozen snapshots, and the marks of closed months whose bookings changed later. */
public interface MonthCloseStore {

    /** The close with its frozen snapshot (every ticket): for the report and adjustments only. */
    Optional<MonthClose> find(long projectId, YearMonth month);

    boolean isClosed(long projectId, YearMonth month);

    /** The closed month's levels, without reading its snapshot. */
    Optional<ClosedLevels> findLevels(long projectId, YearMonth month);

    /** Every project's closed levels of {@code month} (projects that did not close it are absent); one query. */
    List<ClosedLevels> findMonthLevels(YearMonth month);

    /** The levels of the most recent closed month. */
    Optional<ClosedLevels> findLatestLevels(long projectId);

    /**
     * Stores the close unless the month is already closed, atomically.
     *
     * @return true if stored, false if the month was already closed
     */
    boolean saveIfAbsent(MonthClose close);

    /** Adjustments of {@code closedMonth} settled by later closes (from their {@code settledAdjustments}). */
    List<Adjustment> findSettledAdjustments(long projectId, YearMonth closedMonth);

    /** The closes of {@code from} and every later month, with their snapshots, ascending; one query. */
    List<MonthClose> findFrom(long projectId, YearMonth from);

    /**
     * Notes that bookings of the closed month changed after its close (or after its last adjustment was settled), and
     * forgets the result kept for it; idempotent. Call under the month's lock.
     */
    void markChanged(long projectId, YearMonth closedMonth);

    /**
     * Keeps what a changed closed month computes to now, for the report of the next open month. Call under the month's
     * lock in the transaction that changed its bookings, after {@link #markChanged}; without the mark it does nothing.
     */
    void saveCurrentResult(MonthResult current);

    /** The closed month's changes are settled by a close; call under the month's lock. */
    void clearChanged(long projectId, YearMonth closedMonth);

    /** Closed months marked as changed, ascending. */
    List<YearMonth> findChangedMonths(long projectId);

    /** Closed months marked as changed, ascending, each with the result kept for it if any; one query. */
    List<ChangedMonth> findChanged(long projectId);
}
