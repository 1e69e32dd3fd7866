package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/** Use case: the monthly billing report of one contract (money, so project admin only). */
public final class BillingReport {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final IssueInfoLookup issues;

    public BillingReport(ContingentLedger ledger, AccessPolicy policy, IssueInfoLookup issues) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /**
     * A closed month shows its frozen snapshot and the adjustments its close settled; an open month is computed
     * from its bookings now, and the next open month after the latest close also shows pending adjustments.
     *
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws NotFoundException without contract or terms in force for the month
     */
    public BillingReportView report(String actor, long projectId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        policy.requireMoney(actor, projectId);
        Contract contract = ledger.contract(projectId);
        ledger.requireTermsInForce(contract, month);
        Optional<MonthClose> close = ledger.closes().find(projectId, month);
        MonthResult result = close.map(MonthClose::result).orElseGet(() -> ledger.compute(contract, month));
        List<Adjustment> adjustments = close.map(MonthClose::settledAdjustments)
                .orElseGet(() -> ledger.pendingAdjustments(contract, month));
        SortedSet<Long> ids = result.issueIds();
        adjustments.forEach(a -> a.tickets().forEach(t -> ids.add(t.issueId())));
        Map<Long, IssueInfo> infos = ids.isEmpty() ? Map.of() : issues.findAll(ids, actor);
        return new BillingReportView(contract, contract.billingMonth(month), close.orElse(null), result,
                adjustments, infos, close.isEmpty() && ledger.nextToClose(contract).filter(month::equals).isPresent(),
                ledger.topUps().findByMonth(projectId, month), ledger.suspensions().findByMonth(projectId, month));
    }
}
