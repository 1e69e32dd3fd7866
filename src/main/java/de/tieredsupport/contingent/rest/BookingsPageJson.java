package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.util.List;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.service.BookingsPage;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * One page of a month's bookings, Jira's paging shape ({@code startAt}, {@code maxResults}, {@code total},
 * {@code isLast}). Per booking the worklog, the issue (key only, {@code restricted}, for an issue the caller may not
 * browse; key null for a deleted one), level, start, raw and billed seconds and the billing report's split into
 * seconds in the contingent, over it and suspended, and whether it is change-request work (invoiced on its change
 * request's line, outside the contingent). {@code currency}, {@code hourlyRate} and {@code amount} only for
 * callers who may see money; left out otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingsPageJson(
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("month") String month,
        @JsonProperty("zoneId") String zoneId,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("moneyVisible") boolean moneyVisible,
        @JsonProperty("currency") String currency,
        @JsonProperty("startAt") int startAt,
        @JsonProperty("maxResults") int maxResults,
        @JsonProperty("total") int total,
        @JsonProperty("isLast") boolean isLast,
        @JsonProperty("bookings") List<BookingJson> bookings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BookingJson(
            @JsonProperty("worklogId") long worklogId,
            @JsonProperty("issueId") long issueId,
            @JsonProperty("issueKey") @JsonInclude(JsonInclude.Include.ALWAYS) String issueKey,
            @JsonProperty("restricted") boolean restricted,
            @JsonProperty("level") String level,
            @JsonProperty("start") String start,
            @JsonProperty("rawSeconds") long rawSeconds,
            @JsonProperty("billedSeconds") long billedSeconds,
            @JsonProperty("inContingentSeconds") long inContingentSeconds,
            @JsonProperty("overageSeconds") long overageSeconds,
            @JsonProperty("suspended") boolean suspended,
            @JsonProperty("changeRequest") boolean changeRequest,
            @JsonProperty("invoicedSeconds") long invoicedSeconds,
            @JsonProperty("hourlyRate") BigDecimal hourlyRate,
            @JsonProperty("amount") BigDecimal amount) {

        static BookingJson of(BookingsPage.Row row, BookingsPage page) {
            Booking b = row.booking();
            IssueInfo info = page.issue(b.issueId()).orElse(null);
            return new BookingJson(b.worklogId(), b.issueId(), info == null ? null : info.key(),
                    info != null && !info.browsable(), b.level().key(), b.start().toString(), b.rawSeconds(),
                    b.billedSeconds(), row.inContingentMinutes() * 60, row.overageMinutes() * 60, b.isSuspendedWork(),
                    b.isChangeRequestWork(), row.billedMinutes() * 60, row.hourlyRate() == null ? null : row.hourlyRate().amount(),
                    row.amount() == null ? null : row.amount().amount());
        }
    }

    static BookingsPageJson of(Project project, BookingsPage page) {
        return new BookingsPageJson(project.getKey(), page.month().yearMonth().toString(), page.month().zone().getId(),
                page.closed(), page.moneyVisible(),
                page.moneyVisible() ? page.currency().getCurrencyCode() : null, page.startAt(), page.maxResults(),
                page.total(), page.isLast(), page.rows().stream().map(r -> BookingJson.of(r, page)).toList());
    }
}
