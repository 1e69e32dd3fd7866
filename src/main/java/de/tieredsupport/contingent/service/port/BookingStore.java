package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.SupportLevel;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Bookings, one per Jira worklog id; deleted bookings are kept (state DELETED) as the worklog's final state. */
public interface BookingStore {

    Optional<Booking> find(long worklogId);

    /** All bookings (active and deleted) of one contract month, in one query. */
    List<Booking> findByMonth(long projectId, YearMonth month);

    /** All bookings (active and deleted) of one issue, any order; one query. */
    List<Booking> findByIssue(long issueId);

    /**
     * The month's bookings of one level that consume contingent (active, not suspended), in consumption order (start,
     * then worklog id), read in pages as the caller goes on: a caller that stops early reads only what it used.
     */
    Iterator<Booking> consumingInOrder(long projectId, YearMonth month, SupportLevel level);

    /** Inserts or replaces the booking of {@code booking.worklogId()}. */
    void save(Booking booking);

    /**
     * Stores the booking of a worklog that has none yet (checked under the month lock), without looking for one
     * first; a store without that shortcut saves it.
     */
    default void insert(Booking booking) {
        save(booking);
    }
}
