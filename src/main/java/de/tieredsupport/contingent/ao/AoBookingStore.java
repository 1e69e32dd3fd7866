package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.millis;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.time.YearMonth;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.BookingStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.Query;

/** Bookings in {@code AO_59A0F7_BOOKING}; a month is read with one streamed query. */
@Named
public final class AoBookingStore implements BookingStore {

    private static final String COLUMNS = "ID, WORKLOG_ID, ISSUE_ID, PROJECT_ID, BILLING_MONTH, AUTHOR_KEY, STARTED_AT, "
            + "RAW_SECONDS, BILLED_SECONDS, LEVEL_KEY, DELETED, SUSPENDED, UPDATED_AT, CHANGE_REQUEST_WORK";

    /** Rows written before change requests existed hold null, which means normal support. */
    private static final String NOT_CHANGE_REQUEST_WORK = " AND (CHANGE_REQUEST_WORK IS NULL OR CHANGE_REQUEST_WORK = ?)";

    /**
     * Consuming bookings read by the first query of a level: a contingent usually runs out within a few dozen bookings
     * (8 hours are 16 bookings of half an hour), and every row read costs its mapping, so the first page is small.
     */
    static final int FIRST_CONSUMING_PAGE = 32;

    /** Consuming bookings read per query at most: each further page doubles the one before up to this size. */
    static final int CONSUMING_PAGE = 500;

    private final ActiveObjects ao;
    private final int firstConsumingPage;
    private final int consumingPage;

    @Inject
    public AoBookingStore(@ComponentImport ActiveObjects ao) {
        this(ao, FIRST_CONSUMING_PAGE, CONSUMING_PAGE);
    }

    /** With other page sizes for the consuming bookings, so tests can cross page ends with a few rows. */
    AoBookingStore(ActiveObjects ao, int firstConsumingPage, int consumingPage) {
        if (firstConsumingPage < 1 || consumingPage < firstConsumingPage) {
            throw new IllegalArgumentException("Pages of " + firstConsumingPage + " to " + consumingPage);
        }
        this.ao = ao;
        this.firstConsumingPage = firstConsumingPage;
        this.consumingPage = consumingPage;
    }

    @Override
    public Optional<Booking> find(long worklogId) {
        return entity(worklogId).map(AoBookingStore::toBooking);
    }

    @Override
    public List<Booking> findByMonth(long projectId, YearMonth month) {
        List<Booking> bookings = new ArrayList<>();
        ao.stream(BookingEntity.class,
                Query.select(COLUMNS).where("PROJECT_ID = ? AND BILLING_MONTH = ?", projectId, month(month)),
                row -> bookings.add(toBooking(row)));
        return bookings;
    }

    @Override
    public List<Booking> findByIssue(long issueId) {
        List<Booking> bookings = new ArrayList<>();
        ao.stream(BookingEntity.class, Query.select(COLUMNS).where("ISSUE_ID = ?", issueId),
                row -> bookings.add(toBooking(row)));
        return bookings;
    }

    /**
     * Keyset pages over the index on (project, month, level, start, worklog id): each page continues after the last
     * booking of the one before, so a page costs the same wherever it lies. The first page is small and each further
     * one twice the one before (up to {@link #CONSUMING_PAGE}): a reader stops where the contingent runs out, usually
     * within the first page, and a reader that goes on needs a few more queries only.
     */
    @Override
    public Iterator<Booking> consumingInOrder(long projectId, YearMonth month, SupportLevel level) {
        return new Iterator<>() {
            private List<Booking> page = List.of();
            private int next;
            private boolean last;
            private Booking previous;
            private int size = firstConsumingPage;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = page(previous, size);
                next = 0;
                last = page.size() < size;
                size = Math.min(consumingPage, size * 2);
                return !page.isEmpty();
            }

            @Override
            public Booking next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                previous = page.get(next++);
                return previous;
            }

            private List<Booking> page(Booking after, int limit) {
                List<Booking> rows = new ArrayList<>(limit);
                Query query = Query.select(COLUMNS);
                if (after == null) {
                    query = query.where("PROJECT_ID = ? AND BILLING_MONTH = ? AND LEVEL_KEY = ? AND DELETED = ?"
                            + " AND SUSPENDED = ?" + NOT_CHANGE_REQUEST_WORK, projectId, month(month), level.key(),
                            false, false, false);
                } else {
                    long start = millis(after.start());
                    query = query.where("PROJECT_ID = ? AND BILLING_MONTH = ? AND LEVEL_KEY = ? AND DELETED = ?"
                            + " AND SUSPENDED = ?" + NOT_CHANGE_REQUEST_WORK
                            + " AND (STARTED_AT > ? OR (STARTED_AT = ? AND WORKLOG_ID > ?))",
                            projectId, month(month), level.key(), false, false, false, start, start,
                            after.worklogId());
                }
                ao.stream(BookingEntity.class, query.order("STARTED_AT, WORKLOG_ID").limit(limit),
                        row -> rows.add(toBooking(row)));
                return rows;
            }
        };
    }

    @Override
    public void save(Booking booking) {
        Optional<BookingEntity> existing = entity(booking.worklogId());
        if (existing.isPresent()) {
            BookingEntity row = existing.get();
            row.setIssueId(booking.issueId());
            row.setProjectId(booking.projectId());
            row.setBillingMonth(month(booking.month()));
            row.setAuthorKey(booking.authorKey());
            row.setStartedAt(millis(booking.start()));
            row.setRawSeconds(booking.rawSeconds());
            row.setBilledSeconds(booking.billedSeconds());
            row.setLevelKey(booking.level().key());
            row.setDeleted(booking.state() == Booking.State.DELETED);
            row.setSuspended(booking.suspended());
            row.setChangeRequestWork(booking.changeRequest());
            row.setUpdatedAt(millis(booking.updated()));
            row.save();
        } else {
            insert(booking);
        }
    }

    @Override
    public void insert(Booking booking) {
        Map<String, Object> values = new HashMap<>();
        values.put("WORKLOG_ID", booking.worklogId());
        values.put("ISSUE_ID", booking.issueId());
        values.put("PROJECT_ID", booking.projectId());
        values.put("BILLING_MONTH", month(booking.month()));
        values.put("AUTHOR_KEY", booking.authorKey());
        values.put("STARTED_AT", millis(booking.start()));
        values.put("RAW_SECONDS", booking.rawSeconds());
        values.put("BILLED_SECONDS", booking.billedSeconds());
        values.put("LEVEL_KEY", booking.level().key());
        values.put("DELETED", booking.state() == Booking.State.DELETED);
        values.put("SUSPENDED", booking.suspended());
        values.put("CHANGE_REQUEST_WORK", booking.changeRequest());
        values.put("UPDATED_AT", millis(booking.updated()));
        ao.create(BookingEntity.class, values);
    }

    private Optional<BookingEntity> entity(long worklogId) {
        BookingEntity[] rows = ao.find(BookingEntity.class, Query.select().where("WORKLOG_ID = ?", worklogId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Booking toBooking(BookingEntity row) {
        return new Booking(row.getWorklogId(), row.getIssueId(), row.getProjectId(), row.getAuthorKey(),
                instant(row.getStartedAt()), row.getRawSeconds(), row.getBilledSeconds(), level(row.getLevelKey()),
                month(row.getBillingMonth()), row.isDeleted() ? Booking.State.DELETED : Booking.State.ACTIVE,
                row.isSuspended(), instant(row.getUpdatedAt()), Boolean.TRUE.equals(row.getChangeRequestWork()));
    }
}
