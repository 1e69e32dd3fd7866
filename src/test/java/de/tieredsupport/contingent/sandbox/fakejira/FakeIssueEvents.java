package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;

/**
 * How Jira dispatches a worklog change to plugin listeners, faked on {@link FakeEventPublisher}: the
 * {@link IssueEvent} with the worklog and its event type, and the {@link IssueEventBundle} of the operation, whose
 * only event is a {@link DelegatingJiraIssueEvent} wrapping that issue event (docs/atlassian-api.md, "Worklog
 * events"). The worklog service of the fake ({@link FakeWorklogManager}) dispatches through here; tests can also
 * deliver an event again, late or out of order.
 */
public final class FakeIssueEvents {

    /** Which of Jira's two deliveries to publish. */
    public enum Delivery { ISSUE_EVENT, BUNDLE, BOTH }

    /** A worklog change as Jira names it. */
    public enum Kind {
        CREATED(EventType.ISSUE_WORKLOGGED_ID), UPDATED(EventType.ISSUE_WORKLOG_UPDATED_ID),
        DELETED(EventType.ISSUE_WORKLOG_DELETED_ID);

        private final Long eventTypeId;

        Kind(Long eventTypeId) {
            this.eventTypeId = eventTypeId;
        }

        public Long eventTypeId() {
            return eventTypeId;
        }
    }

    private final FakeEventPublisher publisher;
    private volatile Delivery delivery = Delivery.BOTH;

    public FakeIssueEvents(FakeEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** From now on, publish only this delivery (tests of each path); {@link Delivery#BOTH} as Jira does. */
    public void deliver(Delivery value) {
        delivery = value;
    }

    /** Publishes the change of a worklog (for a deletion: the worklog as it was) caused by {@code user}. */
    public void worklog(Kind kind, Worklog worklog, ApplicationUser user) {
        IssueEvent event = new IssueEvent(worklog.getIssue(), user, null, worklog, null, Map.of(),
                kind.eventTypeId());
        Delivery now = delivery;
        if (now != Delivery.BUNDLE) {
            publisher.publish(event);
        }
        if (now != Delivery.ISSUE_EVENT) {
            publisher.publish(bundleOf(event));
        }
    }

    private static IssueEventBundle bundleOf(IssueEvent event) {
        DelegatingJiraIssueEvent delegating = () -> event;
        return new IssueEventBundle() {
            @Override
            public Collection<JiraIssueEvent> getEvents() {
                return List.of(delegating);
            }

            @Override
            public String toString() {
                return "IssueEventBundle[" + event.getEventTypeId() + "]";
            }
        };
    }
}
