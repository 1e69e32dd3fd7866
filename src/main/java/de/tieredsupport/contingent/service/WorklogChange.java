package de.tieredsupport.contingent.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A worklog event from the host. For CREATED and UPDATED the event carries the worklog's full state, which is
 * taken as the truth for that worklog; {@code updated} (the worklog's last-modified time) lets a stale event lose
 * against a newer one. For DELETED only the worklog id matters.
 */
public record WorklogChange(Kind kind, long worklogId, long issueId, long projectId, String authorKey,
        Instant start, long timeSpentSeconds, Instant updated) {

    public enum Kind { CREATED, UPDATED, DELETED }

    public WorklogChange {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.DELETED) {
            Objects.requireNonNull(authorKey, "authorKey");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(updated, "updated");
            if (timeSpentSeconds < 0) {
                throw new IllegalArgumentException("Time spent must not be negative: " + timeSpentSeconds);
            }
        }
    }

    public static WorklogChange created(long worklogId, long issueId, long projectId, String authorKey,
            Instant start, long timeSpentSeconds, Instant updated) {
        return new WorklogChange(Kind.CREATED, worklogId, issueId, projectId, authorKey, start, timeSpentSeconds,
                updated);
    }

    public static WorklogChange updated(long worklogId, long issueId, long projectId, String authorKey,
            Instant start, long timeSpentSeconds, Instant updated) {
        return new WorklogChange(Kind.UPDATED, worklogId, issueId, projectId, authorKey, start, timeSpentSeconds,
                updated);
    }

    public static WorklogChange deleted(long worklogId) {
        return new WorklogChange(Kind.DELETED, worklogId, 0, 0, null, null, 0, null);
    }
}
