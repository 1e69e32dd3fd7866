package de.tieredsupport.contingent.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;

/**
 * The nightly repair of bookings that a failed or lost worklog event left behind. It compares the open months
 * only — the month after the latest close up to the current one, and never more than the previous and the
 * current month — so each run stays bounded however long a contract has existed.
 */
public final class ReconcileWorklogs {

    /** How many months back a run looks at most, counting the current month. */
    static final int MAX_MONTHS = 2;

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

    private final ContingentLedger ledger;
    private final ReconciliationCursor cursor;

    public ReconcileWorklogs(ContingentLedger ledger, ReconciliationCursor cursor) {
        this.ledger = ledger;
        this.cursor = cursor;
    }

    /**
     * The windows of every contract in force now, by project id, starting with the project where the last run that
     * stopped early left off (see {@link #stoppedAt}), then round to the ones before it.
     */
    public List<Window> windows() {
        List<Window> all = new ArrayList<>(allWindows());
        all.sort(java.util.Comparator.comparingLong(Window::projectId));
        java.util.OptionalLong start = cursor.nextStart();
        int first = 0;
        while (start.isPresent() && first < all.size() && all.get(first).projectId() < start.getAsLong()) {
            first++;
        }
        List<Window> rotated = new ArrayList<>(all.subList(first, all.size()));
        rotated.addAll(all.subList(0, first));
        return rotated;
    }

    /**
     * The run stopped (budget used up or cancelled) at {@code window}: the next run starts with it again if it was not
     * read to its end, else with the window after it.
     */
    public void stoppedAt(List<Window> windows, Window window, boolean windowComplete) {
        int index = windows.indexOf(window);
        if (index < 0) {
            throw new IllegalArgumentException("Not one of the run's windows: " + window);
        }
        if (!windowComplete) {
            cursor.nextStart(java.util.OptionalLong.of(window.projectId()));
        } else if (index + 1 < windows.size()) {
            cursor.nextStart(java.util.OptionalLong.of(windows.get(index + 1).projectId()));
        } else {
            cursor.nextStart(java.util.OptionalLong.of(windows.get(0).projectId()));
        }
    }

    /** The run read every window: the next one starts with the first contract. */
    public void completed() {
        cursor.nextStart(java.util.OptionalLong.empty());
    }

    private List<Window> allWindows() {
        Instant now = ledger.now();
        List<Window> windows = new ArrayList<>();
        for (Contract contract : ledger.contracts().findAll()) {
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
                continue;
            }
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
                months.add(m);
            }
            windows.add(new Window(contract.projectId(), months, contract.billingMonth(first).start(),
                    contract.billingMonth(current).end()));
        }
        return windows;
    }

    /**
     * The changes that bring the window's bookings back in line with what Jira has.
     *
     * @param observed Jira's worklogs of the window's project that start inside the window
     * @param issuesRead the issues whose worklogs were all read
     */
    public List<WorklogChange> plan(Window window, Collection<ReconciliationPlan.Observed> observed,
            Set<Long> issuesRead) {
        List<Booking> bookings = new ArrayList<>();
        for (YearMonth month : window.months()) {
            bookings.addAll(ledger.bookings().findByMonth(window.projectId(), month));
        }
        return ReconciliationPlan.changes(bookings, observed, issuesRead);
    }
}
