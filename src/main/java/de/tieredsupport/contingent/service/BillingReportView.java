package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.BillingMonth;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.IssueInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the billing report shows for a month: the per-level and per-ticket result (the frozen snapshot if the
 * month is closed), the adjustments of earlier closed months reported in it, carry-over (in the level lines), and
 * issue keys and summaries.
 *
 * @param close the month's close, or null while it is open
 * @param issues key and summary per issue id; issues deleted in the host are missing
 * @param nextToClose whether this is the month that may be closed now: ended, open, every earlier month closed
 * @param topUps the month's top-ups, with who granted them (a decision maker through a link, or a manager)
 * @param suspensions the month's suspensions, with who decided them
 * @param changeRequests the change requests with work in the month, by issue id
 */
public record BillingReportView(Contract contract, BillingMonth month, MonthClose close, MonthResult result,
        List<Adjustment> adjustments, Map<Long, IssueInfo> issues, boolean nextToClose, List<TopUp> topUps,
        List<Suspension> suspensions, List<ChangeRequestReport> changeRequests) {

    public BillingReportView {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(result, "result");
        adjustments = List.copyOf(adjustments);
        issues = Map.copyOf(issues);
        topUps = List.copyOf(topUps);
        suspensions = List.copyOf(suspensions);
        changeRequests = List.copyOf(changeRequests);
    }

    /** The month's amount of the change-request lines. */
    public Money changeRequestsTotal() {
        Money total = Money.zero(contract.currency());
        for (ChangeRequestReport c : changeRequests) {
            total = total.plus(c.amount(contract.currency()));
        }
        return total;
    }

    public boolean closed() {
        return close != null;
    }

    public Optional<IssueInfo> issue(long issueId) {
        return Optional.ofNullable(issues.get(issueId));
    }

    /** Sum of all adjustment amounts (signed). */
    public Money adjustmentsTotal() {
        Money total = Money.zero(contract.currency());
        for (Adjustment a : adjustments) {
            total = total.plus(a.totalAmount());
        }
        return total;
    }

    /** The month's amount plus adjustments: what this report invoices. */
    public Money invoiceTotal() {
        return result.totalAmount().plus(adjustmentsTotal());
    }
}
