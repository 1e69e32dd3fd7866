package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.domain.TopUp;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /**
     * What the month's top-ups and suspensions are, kept with the level totals so that booking a worklog need not
     * read them: written in the same locked transaction as every top-up and suspension change (and by a booking that
     * read them), under the month's lock.
     *
     * @param topUpMinutes minutes of the month's top-ups per level
     * @param suspensionWindows number of the month's suspension windows, any level
     */
    record Decisions(LevelMinutes topUpMinutes, int suspensionWindows) {

        public Decisions {
            Objects.requireNonNull(topUpMinutes, "topUpMinutes");
            for (SupportLevel level : SupportLevel.values()) {
                Minutes minutes = topUpMinutes.get(level);
                if (minutes.isNegative()) {
                    throw new IllegalArgumentException("Negative top-up minutes at " + level + ": " + minutes);
                }
            }
            if (suspensionWindows < 0) {
                throw new IllegalArgumentException("Negative number of suspension windows: " + suspensionWindows);
            }
        }

        /** The decisions of a month with these top-ups and this many suspension windows. */
        public static Decisions of(Collection<TopUp> topUps, int suspensionWindows) {
            LevelMinutes sums = LevelMinutes.ZERO;
            for (TopUp t : topUps) {
                sums = sums.plus(t.level(), t.minutes());
            }
            return new Decisions(sums, suspensionWindows);
        }
    }

    /** A month's level totals as read for an update in the same transaction, with what is needed to write them. */
    interface Rows {

        /** The totals read (empty totals if the month has none yet). */
        MonthTotals totals();

        /** The month's decisions kept with its totals; empty if the month has no rows or they were written before. */
        Optional<Decisions> decisions();

        /**
         * Whether the project has any change request, as kept with the month's totals; empty if not known. False is
         * written only for the current month from an hour after its start, by a booking holding its lock after reading
         * the project's change requests; every change-request change holds the current month's lock and writes true.
         * So false means no ticket's work in this month can be change-request work.
         */
        Optional<Boolean> changeRequests();
    }

    /** Keeps with the month's totals (if it has rows) that the project has a change request. */
    void markChangeRequests(long projectId, YearMonth month);

    /** {@link #save(MonthTotals)} and the month's decisions with it. */
    void save(MonthTotals totals, Decisions decisions);

    /** Reads the month's level totals once, for a booking change that {@link #update}s them under the month's lock. */
    Rows findForUpdate(long projectId, YearMonth month);

    /**
     * Writes {@code totals} over the rows {@code read} (in this transaction, under the month's lock) without reading
     * them again, and adds {@code ticketChanges} to the month's ticket totals as {@link #applyTicketChanges} does.
     */
    default void update(Rows read, MonthTotals totals, Collection<TicketTotal.Change> ticketChanges) {
        update(read, totals, ticketChanges, null, null);
    }

    /**
     * {@link #update(Rows, MonthTotals, Collection)} that also keeps the month's {@code decisions} and whether the
     * project has {@code changeRequests} (each null: left as it is), as read under the month's lock.
     */
    void update(Rows read, MonthTotals totals, Collection<TicketTotal.Change> ticketChanges, Decisions decisions,
            Boolean changeRequests);

    /** The month's ticket totals, one per ticket and level with minutes, any order; one query. */
    List<TicketTotal> findTickets(long projectId, YearMonth month);

    /** Adds each change to its ticket total of (project, month); a total left without minutes is removed. */
    void applyTicketChanges(long projectId, YearMonth month, Collection<TicketTotal.Change> changes);

    /** Replaces the month's ticket totals by {@code tickets}. */
    void replaceTickets(long projectId, YearMonth month, Collection<TicketTotal> tickets);
}
