package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira's worklog changes in bounded pages, across all projects, in the order Jira changed them. One call reads one
 * page: the caller asks again from the time of the last change it saw until a page brings nothing new.
 */
public interface WorklogChangeFeed {

    /** A worklog as Jira holds it now. */
    record Changed(long worklogId, long issueId, long projectId, String authorKey, Instant start,
            long timeSpentSeconds, Instant updated) {
        public Changed {
            Objects.requireNonNull(authorKey, "authorKey");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(updated, "updated");
        }

        public ReconciliationCursor.Position position() {
            return new ReconciliationCursor.Position(updated, worklogId);
        }
    }

    /** A worklog Jira deleted, and when. */
    record Deleted(long worklogId, Instant deletedAt) {
        public Deleted {
            Objects.requireNonNull(deletedAt, "deletedAt");
        }

        public ReconciliationCursor.Position position() {
            return new ReconciliationCursor.Position(deletedAt, worklogId);
        }
    }

    /**
     * One page of the worklogs created or updated at or after {@code since}, oldest change first; it may also hold
     * changes shortly before {@code since}. Empty when there are none.
     */
    List<Changed> updatedSince(Instant since);

    /**
     * One page of the worklogs deleted at or after {@code since}, oldest first; empty Optional when Jira offers no list
     * of deletions (then deletions are found with {@link #exists}).
     */
    Optional<List<Deleted>> deletedSince(Instant since);

    /** Whether Jira still has the worklog. */
    boolean exists(long worklogId);
}
