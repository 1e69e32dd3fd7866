package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.TicketTotal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Running totals per (project, month, level) and per ticket, written in the same locked transaction as the booking
 * change.
 * Used and suspended minutes are exact sums; available, in-contingent and overage are as of the last write (status
 * recomputes availability, which top-ups, terms and carry-over can change without a booking change).
 */
public interface TotalsStore {

    Optional<MonthTotals> find(long projectId, YearMonth month);

    /** Totals of the months in [from, to], any order, months without totals omitted; one query. */
    List<MonthTotals> findRange(long projectId, YearMonth from, YearMonth to);

    /** Totals of every project for one month, months without totals omitted; one query. */
    List<MonthTotals> findMonth(YearMonth month);

    /** Inserts or replaces all three level rows of {@code totals.month()}. */
    void save(MonthTotals totals);

    /** The month's ticket totals, one per ticket and level with minutes, any order; one query. */
    List<TicketTotal> findTickets(long projectId, YearMonth month);

    /** Adds each change to its ticket total of (project, month); a total left without minutes is removed. */
    void applyTicketChanges(long projectId, YearMonth month, Collection<TicketTotal.Change> changes);

    /** Replaces the month's ticket totals by {@code tickets}. */
    void replaceTickets(long projectId, YearMonth month, Collection<TicketTotal> tickets);
}
