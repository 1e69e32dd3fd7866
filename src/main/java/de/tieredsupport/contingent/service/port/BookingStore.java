package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Booking;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Bookings, one per Jira worklog id; deleted bookings are kept (state DELETED) as the worklog's final state. */
public interface BookingStore {

    Optional<Booking> find(long worklogId);

    /** All bookings (active and deleted) of one contract month, in one query. */
    List<Booking> findByMonth(long projectId, YearMonth month);

    /** Inserts or replaces the booking of {@code booking.worklogId()}. */
    void save(Booking booking);
}
