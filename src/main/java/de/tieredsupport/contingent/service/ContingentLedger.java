package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractMonth;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.AlertStore;
import de.tieredsupport.contingent.service.port.BookingStore;
import de.tieredsupport.contingent.service.port.ChangeRequestStore;
import de.tieredsupport.contingent.service.port.ChangedMonth;
import de.tieredsupport.contingent.service.port.ClusterLock;
import de.tieredsupport.contingent.service.port.ContractStore;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import de.tieredsupport.contingent.service.port.SuspensionStore;
import de.tieredsupport.contingent.service.port.TopUpStore;
import de.tieredsupport.contingent.service.port.TotalsStore;
import de.tieredsupport.contingent.service.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The shared machinery behind the use cases: locking and transactions, the one path of a booking change and of a
 * decision through the contract months they touch ({@link ContractMonths} reads and writes them), alerts, month
 * results, statuses and pending adjustments. Wired once with the stores; the use-case classes add permissions and
 * audit on top.
 */
public final class ContingentLedger {

    private static final System.Logger LOG = System.getLogger(ContingentLedger.class.getName());
    private static final String LOCK_PREFIX = "de.tieredsupport.contingent.";

    private final ContractStore contracts;
    private final BookingStore bookings;
    private final TotalsStore totals;
    private final TopUpStore topUps;
    private final SuspensionStore suspensions;
    private final AlertStore alerts;
    private final MonthCloseStore closes;
    private final ChangeRequestStore changeRequests;
    private final ClusterLock lock;
    private final Transactions transactions;
    private final Clock clock;
    private final ContractMonths months;
    /** Work to finish inside the transaction of this thread's outermost {@link #locked} call, if any. */
    private final ThreadLocal<TransactionCompletion> completion = new ThreadLocal<>();
    private final ThreadLocal<int[]> lockedDepth = ThreadLocal.withInitial(() -> new int[1]);
    /**
     * Closed months whose bookings this thread's outermost {@link #locked} transaction changed, with their contract:
     * their current result is kept at its end (see {@link #keepChangedMonthsCurrent}).
     */
    private final ThreadLocal<Map<ContractMonthKey, Contract>> changedClosedMonths = new ThreadLocal<>();

    public ContingentLedger(ContractStore contracts, BookingStore bookings, TotalsStore totals, TopUpStore topUps,
            SuspensionStore suspensions, AlertStore alerts, MonthCloseStore closes, ChangeRequestStore changeRequests,
            ClusterLock lock, Transactions transactions, Clock clock) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.topUps = Objects.requireNonNull(topUps, "topUps");
        this.suspensions = Objects.requireNonNull(suspensions, "suspensions");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.closes = Objects.requireNonNull(closes, "closes");
        this.changeRequests = Objects.requireNonNull(changeRequests, "changeRequests");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.months = new ContractMonths(bookings, totals, topUps, suspensions, closes, changeRequests, clock);
    }

    /** An alert that won {@link AlertStore#recordIfAbsent}, with its contract, to send after commit. */
    record PendingAlert(Alert alert, Contract contract) {
    }

    private record ContractMonthKey(long projectId, YearMonth month) {
    }

    /** Finishes a use case's write inside its transaction, with the use case's result (see {@link #locked}). */
    interface TransactionCompletion {
        void complete(Object result);
    }

    ContractStore contracts() {
        return contracts;
    }

    BookingStore bookings() {
        return bookings;
    }

    TopUpStore topUps() {
        return topUps;
    }

    SuspensionStore suspensions() {
        return suspensions;
    }

    MonthCloseStore closes() {
        return closes;
    }

    ChangeRequestStore changeRequests() {
        return changeRequests;
    }

    /** Reads contract months under their lock and writes what they decided. */
    ContractMonths months() {
        return months;
    }

    Instant now() {
        return clock.instant();
    }

    // ----------------------------------------------------------------- lookups

    Contract contract(long projectId) {
        return contracts.find(projectId).orElseThrow(
                () -> new NotFoundException("contract.none", "This project has no support contract"));
    }

    /** @throws NotFoundException unless terms are in force in the month */
    Terms terms(Contract contract, YearMonth month) {
        return contract.termsFor(month).orElseThrow(() -> NotFoundException.termsNotInForce(month));
    }

    /** @throws NotFoundException unless terms are in force in the month: nothing is billed before a contract starts */
    void requireTermsInForce(Contract contract, YearMonth month) {
        if (contract.termsFor(month).isEmpty()) {
            throw NotFoundException.termsNotInForce(month);
        }
    }

    Optional<YearMonth> latestClosed(long projectId) {
        return closes.findLatestLevels(projectId).map(ClosedLevels::month);
    }

    /**
     * The month that may be closed next: the one after the latest closed month, or the contract's first month while
     * none is closed; empty if that month has not ended yet.
     */
    Optional<YearMonth> nextToClose(Contract contract) {
        return nextToClose(contract, latestClosed(contract.projectId()));
    }

    /** {@link #nextToClose(Contract)} with the latest closed month already read. */
    Optional<YearMonth> nextToClose(Contract contract, Optional<YearMonth> latestClosed) {
        YearMonth next = latestClosed.map(m -> m.plusMonths(1)).orElse(contract.firstMonth());
        return contract.billingMonth(next).hasEndedAt(clock.instant()) ? Optional.of(next) : Optional.empty();
    }

    boolean isClosed(long projectId, YearMonth month) {
        return closes.isClosed(projectId, month);
    }

    // ----------------------------------------------------------------- locking

    static String monthLock(long projectId, YearMonth month) {
        return LOCK_PREFIX + "month." + projectId + "." + month;
    }

    static String contractLock(long projectId) {
        return LOCK_PREFIX + "contract." + projectId;
    }

    /** Serializes the changes of one ticket's change request. */
    static String changeRequestLock(long projectId, long issueId) {
        return LOCK_PREFIX + "changeRequest." + projectId + "." + issueId;
    }

    /** One of a bounded set of locks per project for requests with an idempotency key ({@code stripe}: a hex digit). */
    static String requestLock(long projectId, char stripe) {
        return LOCK_PREFIX + "request." + projectId + "." + stripe;
    }

    <T> T withLock(String lockName, Supplier<T> work) {
        return lock.withLock(lockName, work);
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Runs {@code write} (one use case) so that its outermost {@link #locked} call hands its result to
     * {@code finish} inside the same transaction, before the commit and while the locks are held. If the
     * transaction is run again, so is {@code finish}. The use case must answer what its locked work returns (true of
     * top-up, suspend, resume and configure; not of close or level correction).
     */
    <T> T completeInTransaction(TransactionCompletion finish, Supplier<T> write) {
        completion.set(Objects.requireNonNull(finish, "finish"));
        try {
            return write.get();
        } finally {
            completion.remove();
        }
    }

    /**
     * Runs {@code work} in one transaction while holding all named locks. Locks are taken in sorted order so that
     * two nodes needing overlapping sets cannot deadlock; the transaction commits before the locks are released. A
     * completion set by {@link #completeInTransaction} runs after the work of the outermost call, in its transaction;
     * then the closed months whose bookings the work changed get their current result kept, still in it.
     */
    <T> T locked(Collection<String> lockNames, Supplier<T> work) {
        List<String> names = new ArrayList<>(new TreeSet<>(lockNames));
        int[] depth = lockedDepth.get();
        boolean outermost = depth[0] == 0;
        Supplier<T> step = () -> transactions.inTransaction(() -> {
            if (outermost) {
                changedClosedMonths.set(new LinkedHashMap<>());
            }
            try {
                T result = work.get();
                TransactionCompletion finish = completion.get();
                if (outermost && finish != null) {
                    finish.complete(result);
                }
                if (outermost) {
                    keepChangedMonthsCurrent();
                }
                return result;
            } finally {
                if (outermost) {
                    changedClosedMonths.remove();
                }
            }
        });
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            Supplier<T> inner = step;
            step = () -> lock.withLock(name, inner);
        }
        depth[0]++;
        try {
            return step.get();
        } finally {
            depth[0]--;
        }
    }

    <T> T lockedMonth(long projectId, YearMonth month, Supplier<T> work) {
        return locked(List.of(monthLock(projectId, month)), work);
    }

    // ----------------------------------------------------------------- results

    /**
     * The month computed from its bookings as they are now (closed months with their frozen carry-in): from the
     * ticket totals and, for a level beyond its contingent, the consuming bookings up to where it runs out. Ticket
     * totals that do not add up to the level totals (a month booked before they were kept) are not trusted: then
     * every booking of the month is read, as before.
     */
    MonthResult compute(Contract contract, YearMonth month) {
        return compute(contract, month, topUps.findByMonth(contract.projectId(), month),
                months.carryIn(contract, month));
    }

    /**
     * {@link #compute(Contract, YearMonth)} of a month known to be open, with its top-ups already read (the report
     * shows them too): its close is not read again.
     */
    MonthResult computeOpen(Contract contract, YearMonth month, List<TopUp> granted) {
        return compute(contract, month, granted, months.carryIn(contract, month, Optional.<ClosedLevels>empty()));
    }

    private MonthResult compute(Contract contract, YearMonth month, List<TopUp> granted, LevelMinutes carryIn) {
        long projectId = contract.projectId();
        List<TicketTotal> tickets = totals.findTickets(projectId, month);
        MonthTotals levels = totals.find(projectId, month).orElse(MonthTotals.empty(projectId, month));
        if (TicketTotal.agree(tickets, levels)) {
            try {
                return MonthCalculator.computeFromTotals(contract, month, tickets, granted, carryIn,
                        level -> bookings.consumingInOrder(projectId, month, level));
            } catch (IllegalStateException disagreeing) {
                LOG.log(System.Logger.Level.WARNING, "Ticket totals of project " + projectId + " in " + month
                        + " disagree with its bookings; computing from every booking", disagreeing);
            }
        }
        return MonthCalculator.compute(contract, month, bookings.findByMonth(projectId, month), granted, carryIn);
    }

    /** Status from stored totals only; never reads bookings. */
    ContractStatus status(Contract contract, YearMonth month) {
        long projectId = contract.projectId();
        return status(contract, month, totals.find(projectId, month), closes.findLevels(projectId, month),
                topUps.findByMonth(projectId, month), suspensions.findByMonth(projectId, month),
                alerts.findByMonth(projectId, month));
    }

    /**
     * The status of each contract for one month, in the order given, from stored totals only. Reads each table once
     * for the whole month instead of once per contract; only contracts carrying unused minutes over read their
     * carry-over chain on their own (see {@link ContractMonths#carryIn}).
     */
    List<ContractStatus> statuses(List<Contract> of, YearMonth month) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Long, MonthTotals> monthTotals = new HashMap<>();
        totals.findMonth(month).forEach(t -> monthTotals.put(t.projectId(), t));
        Map<Long, ClosedLevels> monthCloses = new HashMap<>();
        closes.findMonthLevels(month).forEach(c -> monthCloses.put(c.projectId(), c));
        Map<Long, List<TopUp>> monthTopUps = new HashMap<>();
        topUps.findMonth(month).forEach(t -> monthTopUps.computeIfAbsent(t.projectId(), p -> new ArrayList<>()).add(t));
        Map<Long, List<Suspension>> monthSuspensions = new HashMap<>();
        suspensions.findMonth(month).forEach(
                s -> monthSuspensions.computeIfAbsent(s.projectId(), p -> new ArrayList<>()).add(s));
        Map<Long, List<Alert>> monthAlerts = new HashMap<>();
        alerts.findMonth(month).forEach(a -> monthAlerts.computeIfAbsent(a.projectId(), p -> new ArrayList<>()).add(a));
        List<ContractStatus> result = new ArrayList<>();
        for (Contract contract : of) {
            long projectId = contract.projectId();
            result.add(status(contract, month, Optional.ofNullable(monthTotals.get(projectId)),
                    Optional.ofNullable(monthCloses.get(projectId)), monthTopUps.getOrDefault(projectId, List.of()),
                    monthSuspensions.getOrDefault(projectId, List.of()),
                    monthAlerts.getOrDefault(projectId, List.of())));
        }
        return result;
    }

    private ContractStatus status(Contract contract, YearMonth month, Optional<MonthTotals> stored,
            Optional<ClosedLevels> own, List<TopUp> granted, List<Suspension> windows, List<Alert> fired) {
        long projectId = contract.projectId();
        Instant now = clock.instant();
        MonthTotals monthTotals = stored.orElse(MonthTotals.empty(projectId, month));
        LevelMinutes available = months.available(contract, month, own, granted);
        LocalDate today = LocalDate.ofInstant(now, contract.zone());
        List<LevelStatus> levels = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            levels.add(LevelStatus.of(level, monthTotals.level(level), available.get(level),
                    contract.billingMonth(month), today));
        }
        List<Suspension> active = windows.stream().filter(s -> s.isActiveAt(now)).toList();
        return new ContractStatus(projectId, contract.billingMonth(month), own.isPresent(), levels, fired, active,
                granted, terms(contract, month).thresholds());
    }

    /**
     * Adjustments due in the report of {@code reportMonth}: only the next open month (the one after the latest
     * closed month) carries them, for every closed month whose bookings changed after its close. Each is what the
     * month computes to now (kept by the transaction of its latest change, else computed here) minus its snapshot
     * minus the adjustments later closes settled; the marks with their results, and the closes from the earliest
     * changed month on with their snapshots and settled adjustments, are read in one query each, however many
     * months changed.
     */
    List<Adjustment> pendingAdjustments(Contract contract, YearMonth reportMonth) {
        return pendingAdjustments(contract, reportMonth, latestClosed(contract.projectId()));
    }

    /** {@link #pendingAdjustments(Contract, YearMonth)} with the latest closed month already read. */
    List<Adjustment> pendingAdjustments(Contract contract, YearMonth reportMonth, Optional<YearMonth> latest) {
        long projectId = contract.projectId();
        if (latest.isEmpty() || !reportMonth.equals(latest.get().plusMonths(1))) {
            return List.of();
        }
        List<ChangedMonth> changed = closes.findChanged(projectId).stream()
                .filter(c -> c.month().isBefore(reportMonth)).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        TreeMap<YearMonth, MonthClose> closed = new TreeMap<>();
        closes.findFrom(projectId, changed.get(0).month()).forEach(c -> closed.put(c.month(), c));
        List<Adjustment> due = new ArrayList<>();
        for (ChangedMonth month : changed) {
            MonthClose close = closed.get(month.month());
            if (close == null) {
                continue;
            }
            List<Adjustment> settled = new ArrayList<>();
            for (MonthClose later : closed.tailMap(month.month(), false).values()) {
                later.settledAdjustments().stream().filter(a -> a.closedMonth().equals(month.month()))
                        .forEach(settled::add);
            }
            MonthResult now = month.current().orElseGet(() -> compute(contract, month.month()));
            Adjustment.due(now, close.result(), settled, reportMonth).ifPresent(due::add);
        }
        return due;
    }

    /** Marks a closed month whose bookings changed; its current result is kept at the end of the transaction. */
    private void markChanged(Contract contract, YearMonth closedMonth) {
        closes.markChanged(contract.projectId(), closedMonth);
        Map<ContractMonthKey, Contract> changed = changedClosedMonths.get();
        if (changed != null) {
            changed.put(new ContractMonthKey(contract.projectId(), closedMonth), contract);
        }
    }

    /**
     * Keeps what each closed month changed in this transaction computes to now, under the month locks its change
     * holds, so the next open month's report reads it instead of computing the month. A mark made outside
     * {@link #locked} keeps no result, and the report computes that month; so does one whose computation fails here,
     * which must not undo the change itself.
     */
    private void keepChangedMonthsCurrent() {
        Map<ContractMonthKey, Contract> changed = changedClosedMonths.get();
        if (changed == null) {
            return;
        }
        changed.forEach((key, contract) -> {
            try {
                closes.saveCurrentResult(compute(contract, key.month()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not keep the result of closed month " + key.month()
                        + " of project " + key.projectId() + "; the report computes it", e);
            }
        });
    }

    /**
     * The one way a single booking changes (logged, edited, moved, deleted, its level corrected): the totals of every
     * month it touches, change markers and alerts, then the booking itself. Call under the month locks of
     * {@code before} and {@code after}.
     *
     * @param known the contract already read for one of the projects (null: none)
     * @param before the stored booking (null: none yet, it is inserted)
     * @return alerts this change won, to send after commit
     */
    List<PendingAlert> rebook(Contract known, Booking before, Booking after) {
        return rebook(known, null, before, after);
    }

    /**
     * {@link #rebook(Contract, Booking, Booking)} with one of the months already read by
     * {@link ContractMonths#loadForBooking} in this
     * transaction (null: none), which is not read again.
     */
    List<PendingAlert> rebook(Contract known, ContractMonths.LoadedMonth loaded, Booking before, Booking after) {
        List<PendingAlert> alerts = applyBookingChange(known, loaded, before, after);
        if (before == null) {
            bookings.insert(after);
        } else {
            bookings.save(after);
        }
        return alerts;
    }

    /**
     * Applies the change to every month it touches ({@link ContractMonth#rebook}): totals and ticket totals written,
     * closed months marked as changed, the alerts it crosses recorded.
     *
     * @return alerts this call won, to send after commit
     */
    private List<PendingAlert> applyBookingChange(Contract known, ContractMonths.LoadedMonth preloaded, Booking before,
            Booking after) {
        Set<ContractMonthKey> touched = new LinkedHashSet<>();
        for (Booking b : new Booking[] {before, after}) {
            if (b != null) {
                touched.add(new ContractMonthKey(b.projectId(), b.month()));
            }
        }
        List<PendingAlert> won = new ArrayList<>();
        for (ContractMonthKey key : touched) {
            long projectId = key.projectId();
            YearMonth month = key.month();
            ContractMonths.LoadedMonth loaded;
            if (preloaded != null && preloaded.is(projectId, month)) {
                loaded = preloaded;
            } else {
                Optional<Contract> contract = known != null && known.projectId() == projectId ? Optional.of(known)
                        : contracts.find(projectId);
                if (contract.isEmpty() || contract.get().termsFor(month).isEmpty()) {
                    continue;
                }
                loaded = months.loadForBooking(contract.get(), month, false);
            }
            ContractMonth.Change change = loaded.month().rebook(before, after, clock.instant());
            months.saveRebooking(loaded, change);
            if (change.changedAfterClose()) {
                markChanged(loaded.month().contract(), month);
                continue;
            }
            won.addAll(recordAlerts(loaded.month().contract(), month, change.crossed()));
        }
        return won;
    }

    /** Records each crossed threshold's alert once (the first writer wins); the winners go out after commit. */
    private List<PendingAlert> recordAlerts(Contract contract, YearMonth month, List<Alert> crossed) {
        List<Alert> fired = new ArrayList<>();
        for (Alert alert : crossed) {
            if (alerts.recordIfAbsent(alert)) {
                fired.add(alert);
            }
        }
        if (fired.isEmpty()) {
            return List.of();
        }
        return fired.stream().map(a -> new PendingAlert(a, contract)).toList();
    }

    /**
     * Keeps what a decision (top-up, suspension, resumption) made of a month read by
     * {@link ContractMonths#loadForDecision} in this transaction ({@link ContractMonths#saveDecision}); work that left
     * a suspension and crossed a threshold records its alert.
     *
     * @return alerts this decision won, to send after commit
     */
    List<PendingAlert> keepDecision(ContractMonths.LoadedMonth loaded, ContractMonth decided,
            LevelMinutes topUpMinutes) {
        ContractMonth.Reflagged reflagged = months.saveDecision(loaded, decided, topUpMinutes);
        return recordAlerts(decided.contract(), decided.month(), reflagged.crossed());
    }

    // ----------------------------------------------------------------- change requests

    /**
     * Whether the ticket's work starting at {@code start} is change-request work. Read under the month lock of
     * {@code start}: a decision holds the lock of the month it is made in, so a booking cannot miss it.
     */
    boolean isChangeRequestWork(long projectId, long issueId, Instant start) {
        return changeRequests.find(projectId, issueId).coversWorkStartingAt(start);
    }

    /** One change to a ticket's change request: pure, so it can be tried before the locks are taken. */
    interface ChangeRequestWrite {

        ChangeRequest apply(ChangeRequest current, Instant now);

        /** More writes in the same transaction (audit, links), after the change was stored. */
        default void inTransaction(ChangeRequest before, ChangeRequest after) {
        }
    }

    /** What a change-request change did. */
    record ChangeRequestChange(ChangeRequest before, ChangeRequest after, List<PendingAlert> alerts) {
    }

    /**
     * The one way a change request changes: under the ticket's change-request lock, the lock of the current month and
     * the month locks of every booking the change reclassifies, it stores the change and moves the ticket's bookings
     * whose start now lies inside (or outside) an approved window into (or out of) change-request work, each through
     * {@link #rebook}. Usually nothing moves: a decision only affects work starting at or after it.
     *
     * @throws ChangeRequest.StateConflict if the change is not allowed in the current state
     */
    ChangeRequestChange changeChangeRequest(Contract contract, long issueId, ChangeRequestWrite write) {
        long projectId = contract.projectId();
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant peekNow = clock.instant();
            ChangeRequest peeked = write.apply(changeRequests.find(projectId, issueId), peekNow);
            Set<String> held = new TreeSet<>();
            held.add(changeRequestLock(projectId, issueId));
            held.add(monthLock(projectId, contract.monthOf(peekNow)));
            for (Booking b : bookings.findByIssue(issueId)) {
                if (b.isActive() && b.projectId() == projectId && (!b.start().isBefore(peekNow)
                        || peeked.coversWorkStartingAt(b.start()) != b.changeRequest())) {
                    held.add(monthLock(projectId, b.month()));
                }
            }
            Optional<ChangeRequestChange> done = locked(held, () -> {
                ChangeRequest before = changeRequests.find(projectId, issueId);
                ChangeRequest after = write.apply(before, clock.instant());
                List<Booking> moving = new ArrayList<>();
                for (Booking b : bookings.findByIssue(issueId)) {
                    if (b.isActive() && b.projectId() == projectId
                            && after.coversWorkStartingAt(b.start()) != b.changeRequest()) {
                        if (!held.contains(monthLock(projectId, b.month()))) {
                            return Optional.<ChangeRequestChange>empty();
                        }
                        moving.add(b);
                    }
                }
                changeRequests.save(after);
                // bookings in the month of this change read the ticket's change request from now on
                totals.markChangeRequests(projectId, contract.monthOf(peekNow));
                List<PendingAlert> alerts = new ArrayList<>();
                for (Booking b : moving) {
                    alerts.addAll(rebook(contract, b, b.withChangeRequest(!b.changeRequest())));
                }
                write.inTransaction(before, after);
                return Optional.of(new ChangeRequestChange(before, after, alerts));
            });
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new IllegalStateException("The bookings of issue " + issueId + " kept moving between months");
    }

    /** Work on a change request reached its approved estimate: what the notifier needs. */
    record EstimateReached(Contract contract, Terms terms, ChangeRequest changeRequest, long minutesToDate) {
    }

    /**
     * After change-request work of the ticket changed (committed): whether it now reaches the approved estimate in
     * force for the first time in its round; if so, that is recorded, so the alert goes out once per round.
     */
    Optional<EstimateReached> checkEstimateReached(long projectId, long issueId) {
        return locked(List.of(changeRequestLock(projectId, issueId)), () -> {
            ChangeRequest current = changeRequests.find(projectId, issueId);
            if (current.approvedInForce().isEmpty()) {
                return Optional.empty();
            }
            long minutes = changeRequestMinutesToDate(projectId, issueId);
            if (!current.estimateReachedNow(Minutes.of(minutes))) {
                return Optional.empty();
            }
            Optional<Contract> contract = contracts.find(projectId);
            Optional<Terms> terms = contract.flatMap(c -> c.termsFor(c.monthOf(clock.instant())));
            if (terms.isEmpty()) {
                return Optional.empty();
            }
            ChangeRequest marked = current.estimateReached(clock.instant());
            changeRequests.save(marked);
            return Optional.of(new EstimateReached(contract.get(), terms.get(), marked, minutes));
        });
    }

    /** Billed minutes of the ticket's active change-request work, all levels and months. */
    long changeRequestMinutesToDate(long projectId, long issueId) {
        return bookings.findByIssue(issueId).stream()
                .filter(b -> b.projectId() == projectId && b.isChangeRequestWork())
                .mapToLong(b -> b.billedMinutes().toLong()).sum();
    }

    /** Sends alerts after commit; a failing sender must not undo or repeat the recorded change. */
    void dispatch(List<PendingAlert> pending, AlertSender sender) {
        for (PendingAlert p : pending) {
            try {
                sender.send(p.alert(), p.contract());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not send alert " + p.alert().key(), e);
            }
        }
    }
}
