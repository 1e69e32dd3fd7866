package de.tieredsupport.contingent.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.tieredsupport.contingent.domain.Booking;

/**
 * What the nightly reconciliation must replay so that the bookings match Jira's worklogs again: worklogs without
 * a booking are created, worklogs that differ are updated (also when Jira still shows the unrounded time), and
 * active bookings of fully read issues whose worklog is gone are deleted. Replaying goes through
 * {@link RecordWorklogChange}, so it is idempotent and never double-counts.
 */
public final class ReconciliationPlan {

    /** A worklog as Jira has it now. */
    public record Observed(long worklogId, long issueId, long projectId, String authorKey, Instant start,
            long timeSpentSeconds, Instant updated) {
        public Observed {
            Objects.requireNonNull(authorKey, "authorKey");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(updated, "updated");
        }

        WorklogChange asChange(WorklogChange.Kind kind) {
            return kind == WorklogChange.Kind.CREATED
                    ? WorklogChange.created(worklogId, issueId, projectId, authorKey, start, timeSpentSeconds, updated)
                    : WorklogChange.updated(worklogId, issueId, projectId, authorKey, start, timeSpentSeconds, updated);
        }
    }

    private ReconciliationPlan() {
    }

    /**
     * @param bookings the stored bookings of the months read
     * @param observed Jira's worklogs of those months, for the issues read
     * @param issuesRead issues whose worklogs were all read; only their bookings may be found missing in Jira
     */
    public static List<WorklogChange> changes(Collection<Booking> bookings, Collection<Observed> observed,
            Set<Long> issuesRead) {
        Map<Long, Booking> byWorklog = new HashMap<>();
        for (Booking booking : bookings) {
            byWorklog.put(booking.worklogId(), booking);
        }
        List<WorklogChange> changes = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (Observed worklog : observed) {
            seen.add(worklog.worklogId());
            change(byWorklog.get(worklog.worklogId()), worklog).ifPresent(changes::add);
        }
        for (Booking booking : bookings) {
            if (booking.isActive() && issuesRead.contains(booking.issueId()) && !seen.contains(booking.worklogId())) {
                changes.add(WorklogChange.deleted(booking.worklogId()));
            }
        }
        return changes;
    }

    /**
     * What one worklog Jira holds needs: created if it has no booking, updated if its booking differs, else nothing.
     *
     * @param booking the worklog's booking, or null
     */
    public static java.util.Optional<WorklogChange> change(Booking booking, Observed worklog) {
        if (booking == null) {
            return java.util.Optional.of(worklog.asChange(WorklogChange.Kind.CREATED));
        }
        return differs(booking, worklog) ? java.util.Optional.of(worklog.asChange(WorklogChange.Kind.UPDATED))
                : java.util.Optional.empty();
    }

    private static boolean differs(Booking booking, Observed worklog) {
        // A deleted booking stays deleted: Jira never reuses worklog ids.
        return booking.isActive() && (booking.issueId() != worklog.issueId()
                || !booking.start().equals(worklog.start())
                // Jira shows either the billed time (rounded) or, if the rewrite failed, the raw time.
                || worklog.timeSpentSeconds() != booking.billedSeconds());
    }
}
