package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TopUp;

/** The JSON shapes of alerts, top-ups, suspensions and bookings (instants as ISO strings). */
public final class DecisionJson {

    private DecisionJson() {
    }

    public record AlertJson(
            @JsonProperty("level") String level,
            @JsonProperty("thresholdPercent") int thresholdPercent,
            @JsonProperty("availableMinutes") long availableMinutes,
            @JsonProperty("usedMinutes") long usedMinutes,
            @JsonProperty("firedAt") String firedAt,
            @JsonProperty("crossing") @JsonInclude(JsonInclude.Include.NON_NULL) CrossingJson crossing) {

        static AlertJson of(Alert a) {
            return new AlertJson(a.level().key(), a.thresholdPercent(), a.availableMinutes().toLong(),
                    a.usedMinutes().toLong(),
                    a.firedAt().toString(), a.crossingBooking().map(CrossingJson::of).orElse(null));
        }
    }

    /**
     * The worklog whose booking crossed an alert's threshold: its id, when the work started and when the worklog was
     * logged or last changed. Absent for alerts stored before this was recorded.
     */
    public record CrossingJson(
            @JsonProperty("worklogId") long worklogId,
            @JsonProperty("worklogStart") String worklogStart,
            @JsonProperty("bookedAt") String bookedAt) {

        static CrossingJson of(Alert.Crossing c) {
            return new CrossingJson(c.worklogId(), c.worklogStart().toString(), c.bookedAt().toString());
        }
    }

    /** {@code grantedBy} and {@code reason} only for callers who may see the contract's details. */
    public record TopUpJson(
            @JsonProperty("month") String month,
            @JsonProperty("level") String level,
            @JsonProperty("minutes") long minutes,
            @JsonProperty("grantedBy") @JsonInclude(JsonInclude.Include.NON_NULL) String grantedBy,
            @JsonProperty("reason") @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
            @JsonProperty("grantedAt") String grantedAt,
            @JsonProperty("decidedViaLink") boolean decidedViaLink) {

        static TopUpJson of(TopUp t) {
            return of(t, true);
        }

        /** A decision maker's top-up names the decision maker in {@code grantedBy}, with {@code decidedViaLink}. */
        static TopUpJson of(TopUp t, boolean details) {
            return new TopUpJson(t.month().toString(), t.level().key(), t.minutes().toLong(),
                    details ? LinkDecider.nameOf(t.grantedBy()).orElse(t.grantedBy()) : null,
                    details ? t.reason() : null, t.grantedAt().toString(),
                    LinkDecider.nameOf(t.grantedBy()).isPresent());
        }
    }

    /**
     * {@code level} null means all levels; {@code resumedBy} is set once support was resumed. {@code suspendedBy},
     * {@code reason} and {@code resumedBy} are left out for callers who may not see the contract's details.
     */
    public record SuspensionJson(
            @JsonProperty("month") String month,
            @JsonProperty("number") int number,
            @JsonProperty("level") String level,
            @JsonProperty("from") String from,
            @JsonProperty("until") String until,
            @JsonProperty("suspendedBy") @JsonInclude(JsonInclude.Include.NON_NULL) String suspendedBy,
            @JsonProperty("reason") @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
            @JsonProperty("resumedBy") String resumedBy,
            @JsonProperty("decidedViaLink") boolean decidedViaLink) {

        static SuspensionJson of(Suspension s) {
            return of(s, true);
        }

        static SuspensionJson of(Suspension s, boolean details) {
            return new SuspensionJson(s.month().toString(), s.number(), s.level() == null ? null : s.level().key(),
                    s.from().toString(), s.until().toString(),
                    details ? LinkDecider.nameOf(s.suspendedBy()).orElse(s.suspendedBy()) : null,
                    details ? s.reason() : null, details ? s.resumedBy() : null,
                    LinkDecider.nameOf(s.suspendedBy()).isPresent());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BookingJson(
            @JsonProperty("worklogId") long worklogId,
            @JsonProperty("issueId") long issueId,
            @JsonProperty("month") String month,
            @JsonProperty("level") String level,
            @JsonProperty("billedMinutes") long billedMinutes,
            @JsonProperty("suspended") boolean suspended) {

        static BookingJson of(Booking b) {
            return new BookingJson(b.worklogId(), b.issueId(), b.month().toString(), b.level().key(),
                    b.billedMinutes().toLong(), b.isSuspendedWork());
        }
    }
}
