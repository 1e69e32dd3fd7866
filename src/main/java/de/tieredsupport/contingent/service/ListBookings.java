package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Use case: a contract month's bookings one by one, paged, with each booking's share of the billing report (browse
 * permission; rates and amounts for those who may see money). The split into in-contingent and overage minutes is
 * the billing report's own ({@link MonthCalculator#bookingLines}), computed from the bookings as they are now; in a
 * closed month that is the frozen report plus any adjustment still to come.
 */
public final class ListBookings {

    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_RESULTS = 1000;

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final IssueInfoLookup issues;

    public ListBookings(ContingentLedger ledger, AccessPolicy policy, IssueInfoLookup issues) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /**
     * @param startAt index of the first booking to return, from 0
     * @param maxResults at most this many bookings, 1 to {@link #MAX_RESULTS}
     * @throws ProjectNotVisibleException without browse permission
     * @throws ValidationException for {@code startAt} below 0 or {@code maxResults} out of range
     * @throws NotFoundException without contract or terms in force for the month
     */
    public BookingsPage page(String actor, long projectId, YearMonth month, int startAt, int maxResults) {
        Objects.requireNonNull(month, "month");
        policy.requireHours(actor, projectId);
        checkPaging(startAt, maxResults);
        Contract contract = ledger.contract(projectId);
        Terms terms = ledger.terms(contract, month);
        boolean money = policy.canSeeMoney(actor, projectId);
        List<MonthCalculator.BookingLine> all = MonthCalculator.bookingLines(contract, month,
                ledger.bookings().findByMonth(projectId, month), ledger.topUps().findByMonth(projectId, month),
                ledger.months().carryIn(contract, month));
        List<MonthCalculator.BookingLine> page = all.subList(Math.min(startAt, all.size()),
                (int) Math.min((long) startAt + maxResults, all.size()));
        List<BookingsPage.Row> rows = page.stream().map(line -> new BookingsPage.Row(line.booking(),
                line.figures().inContingentMinutes(), line.figures().overageMinutes(),
                line.figures().suspendedMinutes(), line.figures().billedMinutes(),
                money ? terms.hourlyRate(line.booking().level()) : null, money ? line.figures().amount() : null))
                .toList();
        TreeSet<Long> ids = new TreeSet<>();
        rows.forEach(r -> ids.add(r.booking().issueId()));
        Map<Long, IssueInfo> infos = ids.isEmpty() ? Map.of() : issues.findAll(ids, actor);
        return new BookingsPage(contract.billingMonth(month), ledger.isClosed(projectId, month), contract.currency(),
                money, startAt, maxResults, all.size(), rows, infos);
    }

    static void checkPaging(int startAt, int maxResults) {
        Violations v = new Violations();
        checkPaging(v, startAt, maxResults);
        v.throwIfAny();
    }

    /**
     * Adds the range violations of {@code startAt} (at least 0) and {@code maxResults} (1 to {@link #MAX_RESULTS});
     * null values (not given, or already refused as not a number) are skipped.
     */
    public static void checkPaging(Violations v, Integer startAt, Integer maxResults) {
        if (startAt != null && startAt < 0) {
            v.add("startAt", "number.tooSmall", "startAt must be at least 0", 0);
        }
        if (maxResults != null && (maxResults < 1 || maxResults > MAX_RESULTS)) {
            v.add("maxResults", "number.outOfRange", "maxResults must be 1 to " + MAX_RESULTS, 1, MAX_RESULTS);
        }
    }
}
