package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change request in a month's billing report: the estimate in force and its approval, the month's work per level
 * (the month's change-request lines, frozen when the month is closed) and the work to date (every month up to the
 * report's, as the bookings stand now) with its share of the approved estimate.
 *
 * @param changeRequest the ticket's change request as it stands now
 * @param lines the month's change-request lines of the ticket, in level order
 * @param minutesToDate change-request minutes per level in every month up to and including the report's
 */
public record ChangeRequestReport(long issueId, ChangeRequest changeRequest, List<MonthResult.ChangeRequestLine> lines,
        LevelMinutes minutesToDate) {

    public ChangeRequestReport {
        Objects.requireNonNull(changeRequest, "changeRequest");
        lines = List.copyOf(lines);
        Objects.requireNonNull(minutesToDate, "minutesToDate");
    }

    /** The approved round whose estimate is in force; empty if the approval was ended by a rejection. */
    public Optional<ChangeRequest.Round> approved() {
        return changeRequest.approvedInForce();
    }

    /** The month's change-request minutes at the level (0 if none). */
    public long minutesThisMonth(SupportLevel level) {
        return lines.stream().filter(l -> l.level() == level).mapToLong(MonthResult.ChangeRequestLine::minutes).sum();
    }

    public long minutesThisMonth() {
        return lines.stream().mapToLong(MonthResult.ChangeRequestLine::minutes).sum();
    }

    public long totalMinutesToDate() {
        return minutesToDate.total().toLong();
    }

    /** Work to date as a whole percentage of the approved estimate in force (rounded down); empty without one. */
    public Optional<Integer> percentOfEstimate() {
        return changeRequest.percentOfEstimate(Minutes.of(totalMinutesToDate()));
    }

    /** The month's amount of this change request: its lines' amounts (each rounded once). */
    public Money amount(java.util.Currency currency) {
        Money total = Money.zero(currency);
        for (MonthResult.ChangeRequestLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
