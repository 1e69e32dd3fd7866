package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.BillingMonth;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.service.port.IssueInfo;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a contract month's active bookings, in consumption order (start, then worklog id), for one caller.
 *
 * @param total the number of active bookings in the month, on every page
 * @param issues key and summary per issue id of this page's bookings, as the caller may see them; issues deleted in
 *        the host are missing
 * @param moneyVisible whether the rows carry rates and amounts
 */
public record BookingsPage(BillingMonth month, boolean closed, Currency currency, boolean moneyVisible, int startAt,
        int maxResults, int total, List<Row> rows, Map<Long, IssueInfo> issues) {

    public BookingsPage {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        rows = List.copyOf(rows);
        issues = Map.copyOf(issues);
        if (!moneyVisible && rows.stream().anyMatch(r -> r.amount() != null || r.hourlyRate() != null)) {
            throw new IllegalArgumentException("Amounts in a page without money");
        }
    }

    /**
     * One booking with its share of the billing report's level line: minutes in the contingent, over it and
     * suspended (never billed), billed minutes as invoiced; rate and amount only with money (null otherwise).
     */
    public record Row(Booking booking, long inContingentMinutes, long overageMinutes, long suspendedMinutes,
            long billedMinutes, Money hourlyRate, Money amount) {

        public Row {
            Objects.requireNonNull(booking, "booking");
        }
    }

    public Optional<IssueInfo> issue(long issueId) {
        return Optional.ofNullable(issues.get(issueId));
    }

    /** Whether no booking follows this page. */
    public boolean isLast() {
        return (long) startAt + rows.size() >= total;
    }
}
