package de.tieredsupport.contingent.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.WorklogChange;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Books every worklog Jira creates, updates or deletes. Jira dispatches a worklog change both as an
 * {@link IssueEvent} and inside the {@link IssueEventBundle} of the operation (as a {@link DelegatingJiraIssueEvent});
 * the listener takes both, since either alone may be what a Jira version delivers, and booking the same worklog twice
 * changes nothing (it books the worklog as Jira holds it). A failure never reaches the user who logged the work: it
 * is logged with the worklog id and the nightly reconciliation books the worklog.
 */
@Named
public final class WorklogListener implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WorklogListener.class);

    private final EventPublisher events;
    private final WorklogBooking booking;

    @Inject
    public WorklogListener(@ComponentImport EventPublisher events, WorklogBooking booking) {
        this.events = events;
        this.booking = booking;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        handle(event);
    }

    @EventListener
    public void onIssueEventBundle(IssueEventBundle bundle) {
        for (JiraIssueEvent event : bundle.getEvents()) {
            // only a delegating event carries the IssueEvent with the worklog
            if (event instanceof DelegatingJiraIssueEvent delegating) {
                handle(delegating.asIssueEvent());
            }
        }
    }

    private void handle(IssueEvent event) {
        Long type = event.getEventTypeId();
        Worklog worklog = event.getWorklog();
        if (worklog == null || worklog.getId() == null) {
            return;
        }
        try {
            if (EventType.ISSUE_WORKLOGGED_ID.equals(type)) {
                booking.booked(WorklogChange.Kind.CREATED, worklog, event.getUser());
            } else if (EventType.ISSUE_WORKLOG_UPDATED_ID.equals(type)) {
                booking.booked(WorklogChange.Kind.UPDATED, worklog, event.getUser());
            } else if (EventType.ISSUE_WORKLOG_DELETED_ID.equals(type)) {
                booking.deleted(worklog.getId());
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Worklog {} (event type {}) was not booked; the nightly reconciliation will book it",
                    worklog.getId(), type, e);
        }
    }
}
