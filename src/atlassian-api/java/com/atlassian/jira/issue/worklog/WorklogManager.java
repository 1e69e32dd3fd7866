package com.atlassian.jira.issue.worklog;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's worklog manager (subset). {@link #update} with {@code dispatchEvent == false} stores the worklog, adjusts the
 * issue's time spent and writes the change history, but publishes no IssueEvent, so rounding inside the listener
 * cannot loop; {@code newEstimate == null} leaves the issue's remaining estimate untouched.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/worklog/WorklogManager.java
 *   (getById(Long), update(User, Worklog, Long newEstimate, boolean dispatchEvent) → Worklog)
 *   and jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/issue/worklog/DefaultTimeTrackingIssueUpdater.java ("if new estimate is null, leave it"; events only when
 *   dispatchEvent); https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/worklog/TimeTrackingIssueUpdater.html
 *   (the same calls take ApplicationUser from 7.0); 7+ plugin usage {@code worklogManager.update(user, worklog, 0L, true)}.
 * Status: CONFIRMED-9 (getById: 6.3 source; update: 6.3 source with the user parameter typed ApplicationUser as
 *   in 7.0.8 TimeTrackingIssueUpdater); no Jira 10/11 material found — INFERRED unchanged, no Jakarta type appears
 *
 * Deliberately NOT declared: getWorklogsUpdatedSince(since), getWorklogsDeletedSince(since) and the compile-time constant
 *   WORKLOG_UPDATE_DATA_PAGE_SIZE. Name and result INFERRED (7+) from public plugin code: [P:12375176946]
 *   konvi.utils.tbc.rest.WorklogOverviewPageResource (List&lt;Worklog&gt; worklogsUpdatedSince =
 *   worklogManager.getWorklogsUpdatedSince(pageStart) with a long pageStart, paged by WORKLOG_UPDATE_DATA_PAGE_SIZE and the
 *   last worklog's getUpdated()); [P:30486855403] com.bftcom.timesheet.export.WorklogExporter (getWorklogsUpdatedSince with a
 *   Long, List&lt;com.atlassian.jira.bc.issue.worklog.DeletedWorklog&gt; getWorklogsDeletedSince(dateFrom.getTime()) with a
 *   long; DeletedWorklog.getId(), getDeletionTime().after(Date)); absent from the 6.3 source above and from
 *   https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/worklog/WorklogManager.html. No javadoc of 7.x or later
 *   found. The parameter type (Long or long, part of the descriptor) is UNKNOWN — callers compile with either — so
 *   de.tieredsupport.contingent.jira.JiraWorklogChangeFeed looks both methods up at run time in exactly those two forms
 *   instead of linking against a guess (docs/atlassian-api.md, "(d) Listing worklogs for reconciliation").
 */
public interface WorklogManager {

    /** Null when no such worklog (e.g. deleted meanwhile). */
    Worklog getById(Long id);


    /**
     * Stores {@code worklog} (matched by its id) as the new state of that worklog.
     *
     * @param user          the user recorded in the issue's change history
     * @param worklog       the new state; Jira reads all getters of {@link Worklog} from it
     * @param newEstimate   the issue's new remaining estimate in seconds, or null to leave it unchanged
     * @param dispatchEvent false: no IssueEvent (ISSUE_WORKLOG_UPDATED_ID) is published
     */
    Worklog update(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent);
}
