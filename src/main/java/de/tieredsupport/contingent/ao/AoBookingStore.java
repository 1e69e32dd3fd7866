package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.millis;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.YearMonth;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.service.port.BookingStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.Query;

/** Bookings in {@code AO_59A0F7_BOOKING}; a month is read with one streamed query. */
@Named
public final class AoBookingStore implements BookingStore {

    private static final String COLUMNS = "ID, WORKLOG_ID, ISSUE_ID, PROJECT_ID, BILLING_MONTH, AUTHOR_KEY, STARTED_AT, "
            + "RAW_SECONDS, BILLED_SECONDS, LEVEL_KEY, DELETED, SUSPENDED, UPDATED_AT";

    private final ActiveObjects ao;

    @Inject
    public AoBookingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
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
            row.setUpdatedAt(millis(booking.updated()));
            row.save();
        } else {
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
            values.put("UPDATED_AT", millis(booking.updated()));
            ao.create(BookingEntity.class, values);
        }
    }

    private Optional<BookingEntity> entity(long worklogId) {
        BookingEntity[] rows = ao.find(BookingEntity.class, Query.select().where("WORKLOG_ID = ?", worklogId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Booking toBooking(BookingEntity row) {
        return new Booking(row.getWorklogId(), row.getIssueId(), row.getProjectId(), row.getAuthorKey(),
                instant(row.getStartedAt()), row.getRawSeconds(), row.getBilledSeconds(), level(row.getLevelKey()),
                month(row.getBillingMonth()), row.isDeleted() ? Booking.State.DELETED : Booking.State.ACTIVE,
                row.isSuspended(), instant(row.getUpdatedAt()));
    }
}
