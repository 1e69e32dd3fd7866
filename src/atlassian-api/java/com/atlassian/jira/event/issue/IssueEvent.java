package com.atlassian.jira.event.issue;

import java.util.Map;

import org.ofbiz.core.entity.GenericValue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The event Jira publishes for issue changes, including worklog created / updated / deleted (event type ids
 * {@code EventType.ISSUE_WORKLOGGED_ID}, {@code ISSUE_WORKLOG_UPDATED_ID}, {@code ISSUE_WORKLOG_DELETED_ID}); for those,
 * {@link #getWorklog()} is the worklog concerned (for a deletion: the deleted worklog, id intact). Jira publishes it
 * to {@code @EventListener} methods directly and, wrapped in a {@link DelegatingJiraIssueEvent}, inside an
 * {@link IssueEventBundle} (docs/atlassian-api.md, "Evidence on Jira 11").
 * A host data holder the sandbox builds: the one declared constructor is Jira's, and stores issue, user, worklog and
 * event type id; the getters return them. Left out: the super-class AbstractEvent and the interface
 * IssueRelatedEvent, the other constructors, the comment/change-log/params getters, isRedundant(), the String
 * constants, equals/hashCode.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/IssueEvent.java
 *   ({@code @PublicApi public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent}; getIssue(), getEventTypeId(),
 *   getWorklog(); constructor {@code (Issue, User, Comment, Worklog, GenericValue changeGroup, Map params, Long eventTypeId)} with the crowd User);
 *   https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (7.x: the same constructor with
 *   {@code ApplicationUser user}); jira-core DefaultTimeTrackingIssueUpdater / DefaultIssueEventBundleFactory in the same source (worklog events
 *   built with this constructor shape); Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0)
 *   .../service/listener/impl/DefaultJiraSlackEventListener.java (getIssue(), getEventTypeId(), getUser().getKey()),
 *   .../model/event/DefaultJiraIssueEvent.java ({@code Optional.ofNullable(issueEvent.getUser())} into {@code Optional<ApplicationUser>});
 *   https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/AbstractIssueEventListener.html
 *   ({@code @EventListener public void onIssueEvent(com.atlassian.jira.event.issue.IssueEvent event)} in Jira Software 11.1).
 * Status: CONFIRMED-11 (class, getIssue, getEventTypeId, getUser returning ApplicationUser); getWorklog CONFIRMED-9 (6.3 source, 7.x javadoc);
 *   the constructor CONFIRMED-9 (7.x javadoc; also compiled by the Jira 8.20.22 plugin cures-hub/cures-condec-jira@fbadb349
 *   src/test/java/de/uhd/ifi/se/decision/management/jira/eventlistener/TestWebhookEventListener.java; Jira 11.0.0 test code of
 *   atlassian-slack-integration-server shows only the 4-argument constructor (Issue, Map, user, Long))
 */
public final class IssueEvent {

    private final Issue issue;
    private final ApplicationUser user;
    private final Worklog worklog;
    private final Long eventTypeId;

    /**
     * Jira's 7-argument constructor (7.x javadoc order: issue, user, comment, worklog, changeGroup, params,
     * eventTypeId). {@code params} is the raw {@code java.util.Map} of Jira's signature; comment, changeGroup and
     * params are accepted and not kept.
     */
    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, ApplicationUser user, Comment comment, Worklog worklog, GenericValue changeGroup,
                      Map params, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.worklog = worklog;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }

    /** The worklog of a worklog event; null for other event types. */
    public Worklog getWorklog() {
        return worklog;
    }

    /**
     * The user who caused the event (may be null). Returns {@code ApplicationUser} on Jira 11 (Slack's Jira 11 build assigns
     * it to an {@code Optional<ApplicationUser>}); 6.3 returned the crowd User.
     */
    public ApplicationUser getUser() {
        return user;
    }
}
