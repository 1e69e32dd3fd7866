package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
        // each read once: the latest close (the month's own close, adjustments, close button) and the month's top-ups
        // (its result and the view)
        Optional<YearMonth> latestClosed = ledger.latestClosed(projectId);
        // no month after the latest closed one has a close: the open months' reports need not look for theirs
        Optional<MonthClose> close = latestClosed.isPresent() && !month.isAfter(latestClosed.get())
                ? ledger.closes().find(projectId, month) : Optional.empty();
        List<TopUp> granted = ledger.topUps().findByMonth(projectId, month);
        MonthResult result = close.map(MonthClose::result)
                .orElseGet(() -> ledger.computeOpen(contract, month, granted));
        List<Adjustment> adjustments = close.map(MonthClose::settledAdjustments)
                .orElseGet(() -> ledger.pendingAdjustments(contract, month, latestClosed));
        List<ChangeRequestReport> changeRequests = changeRequests(projectId, month, result);
        List<Long> ids = issueIds(result, adjustments, changeRequests);
        Map<Long, IssueInfo> infos = ids.isEmpty() ? Map.of() : issues.findAll(ids, actor);
        return new BillingReportView(contract, contract.billingMonth(month), close.orElse(null), result,
                adjustments, infos,
                close.isEmpty() && ledger.nextToClose(contract, latestClosed).filter(month::equals).isPresent(),
                granted, ledger.suspensions().findByMonth(projectId, month),
                changeRequests);
    }

    /**
     * The issues the report names (its ticket lines, the adjustments' tickets and change-request lines, the change
     * requests), each once, in ascending order. Sorted as an array of ids rather than inserted into a tree: a report
     * may name 100,000 tickets.
     */
    private static List<Long> issueIds(MonthResult result, List<Adjustment> adjustments,
            List<ChangeRequestReport> changeRequests) {
        List<MonthResult.TicketLine> lines = result.ticketLines();
        int count = lines.size() + changeRequests.size();
        for (Adjustment a : adjustments) {
            count += a.tickets().size() + a.changeRequests().size();
        }
        long[] ids = new long[count];
        int n = 0;
        for (MonthResult.TicketLine t : lines) {
            ids[n++] = t.issueId();
        }
        for (Adjustment a : adjustments) {
            for (MonthResult.TicketLine t : a.tickets()) {
                ids[n++] = t.issueId();
            }
            for (MonthResult.ChangeRequestLine c : a.changeRequests()) {
                ids[n++] = c.issueId();
            }
        }
        for (ChangeRequestReport c : changeRequests) {
            ids[n++] = c.issueId();
        }
        Arrays.sort(ids);
        List<Long> distinct = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                distinct.add(ids[i]);
            }
        }
        return distinct;
    }

    /**
     * The change requests with work in the month's lines, with their work to date (all months up to this one). A
     * month has few of them, so each reads its ticket's bookings once.
     */
    private List<ChangeRequestReport> changeRequests(long projectId, YearMonth month, MonthResult result) {
        Map<Long, List<MonthResult.ChangeRequestLine>> byIssue = new TreeMap<>();
        result.changeRequests().forEach(l -> byIssue.computeIfAbsent(l.issueId(), id -> new ArrayList<>()).add(l));
        if (byIssue.isEmpty()) {
            return List.of();
        }
        Map<Long, ChangeRequest> stored = new HashMap<>();
        ledger.changeRequests().findAll(projectId, byIssue.keySet()).forEach(c -> stored.put(c.issueId(), c));
        List<ChangeRequestReport> reports = new ArrayList<>();
        byIssue.forEach((issueId, lines) -> {
            LevelMinutes toDate = LevelMinutes.ZERO;
            for (Booking b : ledger.bookings().findByIssue(issueId)) {
                if (b.projectId() == projectId && b.isChangeRequestWork() && !b.month().isAfter(month)) {
                    toDate = toDate.plus(b.level(), b.billedMinutes());
                }
            }
            reports.add(new ChangeRequestReport(issueId,
                    stored.getOrDefault(issueId, ChangeRequest.none(projectId, issueId)), lines, toDate));
        });
        return reports;
    }
}
