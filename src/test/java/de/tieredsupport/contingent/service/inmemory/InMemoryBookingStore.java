package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.BookingStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

public final class InMemoryBookingStore implements BookingStore {

    private final Map<Long, Booking> bookings = new TreeMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger consumingRead = new AtomicInteger();
    private final List<YearMonth> monthsRead = new ArrayList<>();

    @Override
    public synchronized Optional<Booking> find(long worklogId) {
        reads.incrementAndGet();
        return Optional.ofNullable(bookings.get(worklogId));
    }

    @Override
    public synchronized List<Booking> findByMonth(long projectId, YearMonth month) {
        reads.incrementAndGet();
        monthsRead.add(month);
        List<Booking> result = new ArrayList<>();
        for (Booking b : bookings.values()) {
            if (b.projectId() == projectId && b.month().equals(month)) {
                result.add(b);
            }
        }
        return result;
    }

    @Override
    public synchronized List<Booking> findByIssue(long issueId) {
        reads.incrementAndGet();
        return bookings.values().stream().filter(b -> b.issueId() == issueId).toList();
    }

    @Override
    public synchronized Iterator<Booking> consumingInOrder(long projectId, YearMonth month, SupportLevel level) {
        List<Booking> inOrder = new ArrayList<>();
        for (Booking b : bookings.values()) {
            if (b.projectId() == projectId && b.month().equals(month) && b.level() == level
                    && b.consumesContingent()) {
                inOrder.add(b);
            }
        }
        inOrder.sort(Comparator.comparing(Booking::start).thenComparingLong(Booking::worklogId));
        Iterator<Booking> iterator = inOrder.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Booking next() {
                consumingRead.incrementAndGet();
                return iterator.next();
            }
        };
    }

    /** Consuming bookings handed out in order so far. */
    public int consumingRead() {
        return consumingRead.get();
    }

    @Override
    public synchronized void save(Booking booking) {
        bookings.put(booking.worklogId(), booking);
    }

    /** Every booking stored, ordered by worklog id. */
    public synchronized List<Booking> all() {
        return new ArrayList<>(bookings.values());
    }

    /** Number of read calls so far, to prove that a use case does not read bookings. */
    /** The months whose bookings were read by {@code findByMonth}, in order; cleared by {@link #forgetReads}. */
    public synchronized List<YearMonth> monthsRead() {
        return new ArrayList<>(monthsRead);
    }

    public synchronized void forgetReads() {
        monthsRead.clear();
    }

    public int reads() {
        return reads.get();
    }
}
