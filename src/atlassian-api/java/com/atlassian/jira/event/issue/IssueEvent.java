package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The event Jira publishes for issue changes, including worklog created / updated / deleted (event type ids
 * {@code EventType.ISSUE_WORKLOGGED_ID}, {@code ISSUE_WORKLOG_UPDATED_ID}, {@code ISSUE_WORKLOG_DELETED_ID}); for those,
 * {@link #getWorklog()} is the worklog concerned (for a deletion: the deleted worklog, id intact). The listener takes
 * this type as its {@code @EventListener} parameter and never constructs it. The super-class AbstractEvent and the
 * interface IssueRelatedEvent are left out (not needed for the calls below).
 *
 * Evidence: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (7.x: {@code @PublicApi public final
 *   class IssueEvent extends AbstractEvent implements IssueRelatedEvent}, constructor taking ApplicationUser, Worklog, Long eventTypeId);
 *   Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/IssueEvent.java
 *   (getIssue(), getEventTypeId(), getWorklog()); jira-core DefaultTimeTrackingIssueUpdater.java in the same source dispatches it with the
 *   worklog and the worklog event type ids; 7+ listener thealeons/openwayTask:src/main/java/ru/aleons/events/IssueCommentListener.java.
 * Status: CONFIRMED-9 (6.3 source, 7.x javadoc; no Jira 10/11 material found — INFERRED unchanged, no Jakarta type appears)
 */
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** The worklog of a worklog event; null for other event types. */
    public Worklog getWorklog() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /**
     * The user who caused the event (may be null). The ApplicationUser return type is INFERRED from the 7.x constructor
     * signature (6.3 returned the crowd User); prefer the worklog's author/update-author keys where possible.
     */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
