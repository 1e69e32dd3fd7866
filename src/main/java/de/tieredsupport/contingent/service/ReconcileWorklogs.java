package de.tieredsupport.contingent.service;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;
import de.tieredsupport.contingent.service.port.ReconciliationCursor.Position;
import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

/**
 * The nightly repair of bookings that a failed or lost worklog event left behind. It reads only the worklogs Jira
 * changed since the last run, page by page in the order Jira changed them (across all projects, so no contract waits
 * behind another), and keeps its place in the {@link ReconciliationCursor}: a run that uses up its page budget is
 * continued by the next one, without missing or repeating a change. Only open months are repaired — the month after
 * the latest close up to the current one, and never more than the previous and the current month.
 *
 * <p>Paging: a page holds the changes from a given time on, oldest first. The changes of the last millisecond of a page
 * may go on in the next page, so the next page is asked from that millisecond again, and the changes of it not handled
 * yet (told apart by worklog id) are handled. A run that stops leaves the time of the last change it handled in the
 * cursor; the next run reads that millisecond again in full (handling is idempotent: only what differs from the
 * bookings is replayed). The cursor never moves past {@link #SETTLE} before now: a change whose transaction commits
 * late, with a time a little in the past, is still read by the next run.
 */
public final class ReconcileWorklogs {

    /** How many months back a run looks at most, counting the current month. */
    static final int MAX_MONTHS = 2;

    /** Changes younger than this are read but the cursor stays before them, so the next run reads them again. */
    public static final Duration SETTLE = Duration.ofMinutes(1);

    /** One contract's open months as an instant range [from, to). */
    public record Window(long projectId, List<YearMonth> months, Instant from, Instant to) {
        public Window {
            months = List.copyOf(months);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(to);
        }
    }

    /**
     * How much one run may read: pages of changed and of deleted worklogs, and bookings checked one by one when Jira
     * lists no deletions. At least three pages each, so that a run always gets past the millisecond it starts with:
     * one page may be filled by the millisecond before, one by the changes of that millisecond, read again.
     */
    public record Budget(int updatedPages, int deletedPages, int sweptBookings) {
        public Budget {
            if (updatedPages < 3 || deletedPages < 3 || sweptBookings < 1) {
                throw new IllegalArgumentException("A run reads at least three pages of each list and checks a booking");
            }
        }
    }

    /** Replays one change through the listener's path; false if it failed (the failure is reported by the caller). */
    @FunctionalInterface
    public interface Replay {
        boolean apply(WorklogChange change);
    }

    /**
     * What one run did.
     *
     * @param complete every change up to now was read (false: the budget or a cancellation stopped the run)
     * @param deletionsListed Jira listed the deleted worklogs; false: the bookings were checked one by one instead
     */
    public record Summary(int pagesRead, int changesRead, int repaired, int failed, boolean complete,
            boolean deletionsListed, int sameMillisecondSkips) {
    }

    private final ContingentLedger ledger;
    private final ReconciliationCursor cursor;

    public ReconcileWorklogs(ContingentLedger ledger, ReconciliationCursor cursor) {
        this.ledger = ledger;
        this.cursor = cursor;
    }

    /** The open months of every contract in force now, by project id. */
    public List<Window> windows() {
        Instant now = ledger.now();
        List<Window> windows = new ArrayList<>();
        for (Contract contract : ledger.contracts().findAll()) {
            window(contract, now).ifPresent(windows::add);
        }
        windows.sort(Comparator.comparingLong(Window::projectId));
        return windows;
    }

    private Optional<Window> window(Contract contract, Instant now) {
        YearMonth current = contract.monthOf(now);
        YearMonth first = current.minusMonths(MAX_MONTHS - 1L);
        YearMonth afterClose = ledger.latestClosed(contract.projectId()).map(m -> m.plusMonths(1)).orElse(first);
        if (afterClose.isAfter(first)) {
            first = afterClose;
        }
        if (contract.firstMonth().isAfter(first)) {
            first = contract.firstMonth();
        }
        if (first.isAfter(current)) {
            return Optional.empty();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            months.add(m);
        }
        return Optional.of(new Window(contract.projectId(), months, contract.billingMonth(first).start(),
                contract.billingMonth(current).end()));
    }

    /**
     * A contract that is new, or now starts earlier: work logged in its open months before it existed was never
     * booked, and the cursor may have passed it. The next run reads the changes again from the start of the contract's
     * open months (bounded by its page budget like any run; what is booked already is not replayed).
     */
    public void readAgainFor(Contract contract) {
        Optional<Window> window = window(contract, ledger.now());
        ReconciliationCursor.State state = cursor.read();
        if (window.isPresent() && state.updated() != null && state.updated().at().isAfter(window.get().from())) {
            cursor.write(new ReconciliationCursor.State(Position.before(window.get().from()), state.deleted(),
                    state.sweptTo()));
        }
    }

    /** One run: reads the changes since the cursor within the budget, replays what drifted, moves the cursor on. */
    public Summary run(WorklogChangeFeed feed, Replay replay, Budget budget, BooleanSupplier cancelled) {
        Instant now = ledger.now();
        Map<Long, Window> windows = new HashMap<>();
        Instant earliest = now.minus(SETTLE);
        for (Window window : windows()) {
            windows.put(window.projectId(), window);
            if (window.from().isBefore(earliest)) {
                earliest = window.from();
            }
        }
        Position settled = Position.before(now.minus(SETTLE));
        Position firstRead = Position.before(earliest);
        ReconciliationCursor.State state = cursor.read();
        Counter counter = new Counter();

        Read<WorklogChangeFeed.Changed> updated = read(state.updated() != null ? state.updated() : firstRead,
                feed::updatedSince, WorklogChangeFeed.Changed::position, budget.updatedPages(), cancelled,
                change -> repairChanged(change, windows, replay, counter));
        Position deletedFrom = state.deleted() != null ? state.deleted() : firstRead;
        Optional<List<WorklogChangeFeed.Deleted>> probe = feed.deletedSince(deletedFrom.at().minusMillis(1));
        Read<WorklogChangeFeed.Deleted> deleted = null;
        Long sweptTo = state.sweptTo();
        boolean sweptAll = true;
        if (probe.isPresent()) {
            List<WorklogChangeFeed.Deleted> firstPage = probe.get();
            deleted = read(deletedFrom, new FirstPageThen<>(firstPage, since -> feed.deletedSince(since)
                    .orElse(List.of())), WorklogChangeFeed.Deleted::position, budget.deletedPages(), cancelled,
                    gone -> repairDeleted(gone.worklogId(), windows, replay, counter));
        } else {
            Sweep sweep = sweep(feed, windows, sweptTo, budget.sweptBookings(), cancelled, replay, counter);
            sweptTo = sweep.next();
            sweptAll = sweep.complete();
        }
        Position nextUpdated = next(updated, settled);
        Position stored = cursor.read().updated();
        if (stored != null && state.updated() != null && stored.compareTo(state.updated()) < 0) {
            // a contract was configured during the run (readAgainFor): its rewind wins
            nextUpdated = stored;
        }
        cursor.write(new ReconciliationCursor.State(nextUpdated,
                deleted == null ? state.deleted() : next(deleted, settled), sweptTo));
        boolean complete = updated.complete() && (deleted == null ? sweptAll : deleted.complete());
        return new Summary(updated.pages() + (deleted == null ? 0 : deleted.pages()),
                updated.changes() + (deleted == null ? 0 : deleted.changes()), counter.repaired, counter.failed,
                complete, deleted != null, updated.skips() + (deleted == null ? 0 : deleted.skips()));
    }

    private static final class Counter {
        int repaired;
        int failed;

        void count(boolean applied) {
            if (applied) {
                repaired++;
            } else {
                failed++;
            }
        }
    }

    private record Read<T>(Position position, int pages, int changes, boolean complete, int skips) {
    }

    /** Serves a page already read as the first one. */
    private static final class FirstPageThen<T> implements Function<Instant, List<T>> {
        private List<T> first;
        private final Function<Instant, List<T>> rest;

        FirstPageThen(List<T> first, Function<Instant, List<T>> rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public List<T> apply(Instant since) {
            List<T> page = first != null ? first : rest.apply(since);
            first = null;
            return page;
        }
    }

    /**
     * Reads pages from {@code from} on, handing every change not handled yet to {@code handle} in Jira's order, until a
     * page brings nothing new and is shorter than the longest page seen (complete), the page budget is used up or the
     * run is cancelled. Changes of the millisecond the read stands at are told apart by worklog id, not by Jira's order
     * inside a millisecond, which is unknown.
     */
    private static <T> Read<T> read(Position from, Function<Instant, List<T>> pages,
            Function<T, Position> positionOf, int pageBudget, BooleanSupplier cancelled,
            java.util.function.Consumer<T> handle) {
        Instant at = from.at();
        long lastId = from.worklogId();
        // the changes at `at` handled in this run; those of an earlier run are handled again (idempotent)
        Set<Long> handledAt = new HashSet<>();
        // whether Jira's "since" is inclusive; known once a page holds a change at exactly the instant asked from
        boolean inclusive = false;
        int read = 0;
        int changes = 0;
        int skips = 0;
        int longest = 0;
        while (read < pageBudget && !cancelled.getAsBoolean()) {
            // unless "since" is known to be inclusive, one millisecond early: the changes at `at` come back either way
            Instant since = inclusive ? at : at.minusMillis(1);
            List<T> page = pages.apply(since);
            read++;
            longest = Math.max(longest, page.size());
            boolean crowdedByTheMillisecondBefore = false;
            List<Position> fresh = new ArrayList<>();
            Map<Position, T> byPosition = new HashMap<>();
            for (T change : page) {
                Position position = positionOf.apply(change);
                if (!inclusive && position.at().equals(since)) {
                    crowdedByTheMillisecondBefore = true;
                }
                if (position.at().isAfter(at) || position.at().equals(at) && !handledAt.contains(position.worklogId())) {
                    if (byPosition.putIfAbsent(position, change) == null) {
                        fresh.add(position);
                    }
                }
            }
            inclusive |= crowdedByTheMillisecondBefore;
            if (fresh.isEmpty()) {
                if (page.size() < longest || page.isEmpty()) {
                    return new Read<>(new Position(at, lastId), read, changes, true, skips);
                }
                if (crowdedByTheMillisecondBefore) {
                    // a full page of changes handled already, some of them before `at`: ask from `at` itself
                    continue;
                }
                // a full page of changes at `at` alone, all handled: more changes in one millisecond than a page holds
                at = at.plusMillis(1);
                handledAt.clear();
                skips++;
                continue;
            }
            fresh.sort(null);
            for (Position position : fresh) {
                handle.accept(byPosition.get(position));
                changes++;
            }
            Position last = fresh.get(fresh.size() - 1);
            lastId = last.worklogId();
            if (last.at().isAfter(at)) {
                // the page may have ended inside its last millisecond: the next page is asked from it again
                at = last.at();
                handledAt.clear();
            }
            for (Position position : fresh) {
                if (position.at().equals(at)) {
                    handledAt.add(position.worklogId());
                }
            }
        }
        return new Read<>(new Position(at, lastId), read, changes, false, skips);
    }

    /**
     * Where the next run goes on: after a complete read everything up to now was read, so from {@code settled} (a
     * minute ago); else from where the read stopped, but never after {@code settled}.
     */
    private static Position next(Read<?> read, Position settled) {
        return read.complete() || read.position().at().isAfter(settled.at()) ? settled : read.position();
    }

    private void repairChanged(WorklogChangeFeed.Changed changed, Map<Long, Window> windows, Replay replay,
            Counter counter) {
        Optional<Booking> booking = ledger.bookings().find(changed.worklogId());
        Window window = windows.get(changed.projectId());
        boolean open = window != null && window.contains(changed.start())
                || booking.filter(Booking::isActive).map(b -> inOpenMonth(b, windows)).orElse(false);
        if (!open) {
            return;
        }
        ReconciliationPlan.Observed observed = new ReconciliationPlan.Observed(changed.worklogId(),
                changed.issueId(), changed.projectId(), changed.authorKey(), changed.start(),
                changed.timeSpentSeconds(), changed.updated());
        ReconciliationPlan.change(booking.orElse(null), observed).ifPresent(c -> counter.count(replay.apply(c)));
    }

    private void repairDeleted(long worklogId, Map<Long, Window> windows, Replay replay, Counter counter) {
        Optional<Booking> booking = ledger.bookings().find(worklogId);
        if (booking.isPresent() && booking.get().isActive() && inOpenMonth(booking.get(), windows)) {
            counter.count(replay.apply(WorklogChange.deleted(worklogId)));
        }
    }

    private static boolean inOpenMonth(Booking booking, Map<Long, Window> windows) {
        Window window = windows.get(booking.projectId());
        return window != null && window.months().contains(booking.month());
    }

    private record Sweep(Long next, boolean complete) {
    }

    /**
     * Without Jira's list of deletions: checks the active bookings of the open months one by one, in worklog id order,
     * at most {@code budget} per run, going on after {@code after} and starting over once all were checked.
     */
    private Sweep sweep(WorklogChangeFeed feed, Map<Long, Window> windows, Long after, int budget,
            BooleanSupplier cancelled, Replay replay, Counter counter) {
        List<Long> candidates = new ArrayList<>();
        for (Window window : windows.values()) {
            for (YearMonth month : window.months()) {
                for (Booking booking : ledger.bookings().findByMonth(window.projectId(), month)) {
                    if (booking.isActive() && (after == null || booking.worklogId() > after)) {
                        candidates.add(booking.worklogId());
                    }
                }
            }
        }
        candidates.sort(null);
        int checked = 0;
        for (Long worklogId : candidates) {
            if (checked >= budget || cancelled.getAsBoolean()) {
                return new Sweep(checked == 0 ? after : candidates.get(checked - 1), false);
            }
            checked++;
            if (!feed.exists(worklogId)) {
                counter.count(replay.apply(WorklogChange.deleted(worklogId)));
            }
        }
        return new Sweep(null, true);
    }
}
