package de.tieredsupport.contingent.jira;

import java.time.Instant;
import java.util.Date;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.RoundingDecision;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.WorklogChange;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Books a Jira worklog and, when the contract's rounding changes its time, writes the billed time back into
 * Jira without dispatching an event (so there is no loop) and without touching the remaining estimate.
 * The listener and the reconciliation job both go through here.
 */
@Named
public final class WorklogBooking {

    private final UseCases services;
    private final WorklogManager worklogs;

    @Inject
    public WorklogBooking(UseCases services, @ComponentImport WorklogManager worklogs) {
        this.services = services;
        this.worklogs = worklogs;
    }

    /**
     * A created or updated worklog. What is booked, and rounded back into Jira, is the worklog as Jira holds it now,
     * not the copy the event carries: an event may arrive late, twice or out of order, and writing its stale time
     * back would undo a newer edit. If Jira no longer has the worklog, it was deleted meanwhile and the deletion
     * counts: the booking is removed (or never made).
     */
    public RoundingDecision booked(WorklogChange.Kind kind, Worklog worklog, ApplicationUser actor) {
        Worklog current = worklogs.getById(worklog.getId());
        if (current == null) {
            services.recordWorklogChange().record(WorklogChange.deleted(worklog.getId()));
            return RoundingDecision.notRecorded(worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent());
        }
        RoundingDecision decision = services.recordWorklogChange().record(changeOf(kind, current));
        if (decision.rewriteWorklog()) {
            // null estimate: leave the remaining estimate alone; false: no event, so no second booking round.
            worklogs.update(actor != null ? actor : current.getAuthorObject(),
                    new RoundedWorklog(current, decision.billedSeconds()), null, false);
        }
        return decision;
    }

    /** The worklog with this id, as Jira holds it now (see {@link #booked(WorklogChange.Kind, Worklog, ApplicationUser)}). */
    public void booked(WorklogChange.Kind kind, long worklogId) {
        Worklog current = worklogs.getById(worklogId);
        if (current == null) {
            services.recordWorklogChange().record(WorklogChange.deleted(worklogId));
        } else {
            booked(kind, current, null);
        }
    }

    /** A worklog Jira deleted. */
    public void deleted(long worklogId) {
        services.recordWorklogChange().record(WorklogChange.deleted(worklogId));
    }

    static WorklogChange changeOf(WorklogChange.Kind kind, Worklog worklog) {
        Issue issue = worklog.getIssue();
        long seconds = worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent();
        Instant start = worklog.getStartDate().toInstant();
        Instant updated = instant(worklog.getUpdated() != null ? worklog.getUpdated() : worklog.getCreated(), start);
        String author = worklog.getAuthorKey() == null ? "" : worklog.getAuthorKey();
        return kind == WorklogChange.Kind.CREATED
                ? WorklogChange.created(worklog.getId(), issue.getId(), issue.getProjectId(), author, start, seconds,
                        updated)
                : WorklogChange.updated(worklog.getId(), issue.getId(), issue.getProjectId(), author, start, seconds,
                        updated);
    }

    private static Instant instant(Date date, Instant fallback) {
        return date == null ? fallback : date.toInstant();
    }
}
