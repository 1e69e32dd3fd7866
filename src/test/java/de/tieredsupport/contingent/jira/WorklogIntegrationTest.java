package de.tieredsupport.contingent.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;

import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.wiring.InMemoryPluginServices;
import de.tieredsupport.contingent.wiring.PluginServices;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The listener, the worklog rewrite and the reconciliation job against the declared Jira API, with the real use
 * cases on the in-memory stores behind them.
 */
public class WorklogIntegrationTest {

    private static final long PROJECT = 10_000L;
    private static final long OTHER_PROJECT = 20_000L;

    private InMemoryHost host;
    private WorklogManagerWithChangeLists.Boxed worklogManager;
    private IssueManager issueManager;
    private WorklogBooking booking;
    private WorklogListener listener;
    private MutableIssue issue;
    private ApplicationUser agent;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-11-10T12:00");
        host.configureSeed(PROJECT, "2026-11");
        PluginServices services = InMemoryPluginServices.over(host);
        worklogManager = mock(WorklogManagerWithChangeLists.Boxed.class);
        issueManager = mock(IssueManager.class);
        booking = new WorklogBooking(services, worklogManager);
        listener = new WorklogListener(mock(EventPublisher.class), booking);
        issue = issue(500, PROJECT);
        agent = mock(ApplicationUser.class);
        host.levels.set(500, SupportLevel.L1);
    }

    private MutableIssue issue(long id, long projectId) {
        MutableIssue mocked = mock(MutableIssue.class);
        when(mocked.getId()).thenReturn(id);
        when(mocked.getProjectId()).thenReturn(projectId);
        when(mocked.getKey()).thenReturn("SUP-" + id);
        when(mocked.getUpdated()).thenReturn(Timestamp.from(InMemoryHost.berlin("2026-11-10T11:00")));
        when(issueManager.getIssueObject(id)).thenReturn(mocked);
        return mocked;
    }

    private Worklog worklog(long id, MutableIssue on, String berlinStart, long seconds) {
        Worklog worklog = mock(Worklog.class);
        when(worklog.getId()).thenReturn(id);
        when(worklog.getIssue()).thenReturn(on);
        when(worklog.getAuthorKey()).thenReturn("agent");
        when(worklog.getStartDate()).thenReturn(Date.from(InMemoryHost.berlin(berlinStart)));
        when(worklog.getTimeSpent()).thenReturn(seconds);
        when(worklog.getUpdated()).thenReturn(Date.from(InMemoryHost.berlin("2026-11-10T11:59")));
        // Jira holds the worklog as the latest event shows it
        when(worklogManager.getById(id)).thenReturn(worklog);
        return worklog;
    }

    private IssueEvent event(Long type, Worklog worklog) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getWorklog()).thenReturn(worklog);
        when(event.getUser()).thenReturn(agent);
        return event;
    }

    @Test
    public void threeMinutesAreBookedAsFiveAndJiraGetsTheRoundedTimeWithoutAnEvent() {
        Worklog worklog = worklog(1, issue, "2026-11-10T09:00", 180);

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog));

        assertEquals(300, host.bookings.find(1).orElseThrow().billedSeconds());
        assertEquals(180, host.bookings.find(1).orElseThrow().rawSeconds());
        ArgumentCaptor<Worklog> written = ArgumentCaptor.forClass(Worklog.class);
        verify(worklogManager).update(eq(agent), written.capture(), isNull(), eq(false));
        assertEquals(Long.valueOf(300), written.getValue().getTimeSpent());
        assertEquals(Long.valueOf(1), written.getValue().getId());
    }

    @Test
    public void aWorklogOnTheBoundaryIsNotRewritten() {
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(1, issue, "2026-11-10T09:00", 600)));

        assertEquals(600, host.bookings.find(1).orElseThrow().billedSeconds());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));
    }

    @Test
    public void replayingTheSameEventChangesNothing() {
        Worklog worklog = worklog(1, issue, "2026-11-10T09:00", 600);
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog));
        var totals = host.totals.find(PROJECT, YearMonth.of(2026, 11));

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog));
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_UPDATED_ID, worklog));

        assertEquals(totals, host.totals.find(PROJECT, YearMonth.of(2026, 11)));
    }

    @Test
    public void updatesAndDeletionsReachTheBooking() {
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(1, issue, "2026-11-10T09:00", 600)));
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_UPDATED_ID, worklog(1, issue, "2026-11-10T09:00", 1200)));
        assertEquals(1200, host.bookings.find(1).orElseThrow().billedSeconds());

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_DELETED_ID, worklog(1, issue, "2026-11-10T09:00", 1200)));
        assertFalse(host.bookings.find(1).orElseThrow().isActive());
        assertEquals(Minutes.of(0), host.totals.find(PROJECT, YearMonth.of(2026, 11)).orElseThrow()
                .level(SupportLevel.L1).usedMinutes());
    }

    @Test
    public void aCreatedEventArrivingAfterTheDeletionBooksNothing() {
        Worklog worklog = worklog(1, issue, "2026-11-10T09:00", 180);
        when(worklogManager.getById(1L)).thenReturn(null);

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_DELETED_ID, worklog));
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog));

        assertTrue(host.bookings.find(1).filter(b -> b.isActive()).isEmpty());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));
        assertTrue(host.totals.find(PROJECT, YearMonth.of(2026, 11))
                .map(t -> t.level(SupportLevel.L1).usedMinutes().isZero()).orElse(true));
    }

    @Test
    public void anUpdateEventArrivingAfterJiraDeletedTheWorklogRemovesTheBooking() {
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(1, issue, "2026-11-10T09:00", 600)));
        Worklog stale = worklog(1, issue, "2026-11-10T09:00", 1200);
        when(worklogManager.getById(1L)).thenReturn(null);

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_UPDATED_ID, stale));

        assertFalse(host.bookings.find(1).orElseThrow().isActive());
        assertEquals(Minutes.of(0), host.totals.find(PROJECT, YearMonth.of(2026, 11)).orElseThrow()
                .level(SupportLevel.L1).usedMinutes());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));
    }

    @Test
    public void aLateEventBooksJirasCurrentWorklogAndNeverWritesItsStaleTimeBack() {
        Worklog created = worklog(1, issue, "2026-11-10T09:00", 180);
        Worklog edited = worklog(1, issue, "2026-11-10T09:00", 1200);
        when(edited.getUpdated()).thenReturn(Date.from(InMemoryHost.berlin("2026-11-10T12:30")));

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, created));

        assertEquals(1200, host.bookings.find(1).orElseThrow().billedSeconds());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOG_UPDATED_ID, edited));
        assertEquals(1200, host.bookings.find(1).orElseThrow().billedSeconds());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));
    }

    @Test
    public void projectsWithoutAContractAreUntouched() {
        Worklog worklog = worklog(7, issue(700, OTHER_PROJECT), "2026-11-10T09:00", 180);

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog));

        assertTrue(host.bookings.find(7).isEmpty());
        verify(worklogManager, never()).update(any(), any(), any(), eq(false));
    }

    @Test
    public void aTicketWithoutLevelIsBookedAtTheContractsDefaultLevel() {
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(8, issue(800, PROJECT), "2026-11-10T09:00", 300)));
        assertEquals(SupportLevel.L1, host.bookings.find(8).orElseThrow().level());
    }

    @Test
    public void aLateWorklogInAClosedMonthBecomesAnAdjustmentOfTheNextMonth() {
        host.setTime("2026-12-02T09:00");
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11));
        var closed = host.closes.find(PROJECT, YearMonth.of(2026, 11)).orElseThrow();

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(9, issue, "2026-11-27T09:00", 3600)));

        assertEquals("the snapshot never changes", closed, host.closes.find(PROJECT, YearMonth.of(2026, 11)).orElseThrow());
        var december = host.billingReport.report(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 12));
        assertEquals(1, december.adjustments().size());
        assertEquals(60, december.adjustments().get(0).level(SupportLevel.L1).billedMinutes());
    }

    @Test
    public void otherEventsAndEventsWithoutWorklogAreIgnored() {
        listener.onIssueEvent(event(1L, worklog(1, issue, "2026-11-10T09:00", 180)));
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, null));
        assertTrue(host.bookings.find(1).isEmpty());
    }

    @Test
    public void aFailingRewriteNeverReachesTheUserAndKeepsTheBooking() {
        doThrow(new IllegalStateException("Jira said no")).when(worklogManager).update(any(), any(), any(), eq(false));

        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(1, issue, "2026-11-10T09:00", 180)));

        assertEquals(300, host.bookings.find(1).orElseThrow().billedSeconds());
    }

    @Test
    public void reconciliationBooksWhatTheListenerMissedAndRoundsJirasWorklog() {
        Worklog booked = worklog(1, issue, "2026-11-03T09:00", 600);
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, booked));
        Worklog missed = worklog(2, issue, "2026-11-04T09:00", 61);
        Worklog oldMonth = worklog(3, issue, "2026-09-04T09:00", 61);
        when(worklogManager.getWorklogsUpdatedSince(any())).thenReturn(new ArrayList<>(List.of(booked, missed,
                oldMonth)));
        when(worklogManager.getWorklogsDeletedSince(any())).thenReturn(List.of());
        SchedulerService scheduler = mock(SchedulerService.class);
        ReconciliationJob job = new ReconciliationJob(scheduler, new JiraWorklogChangeFeed(worklogManager),
                bookingServices(), booking);
        JobRunnerRequest request = mock(JobRunnerRequest.class);

        job.runJob(request);

        assertEquals(300, host.bookings.find(2).orElseThrow().billedSeconds());
        assertTrue("outside the open months", host.bookings.find(3).isEmpty());
        // this stand-in keeps showing the unrounded time, so every read of it tries the rounding again
        verify(worklogManager, atLeastOnce()).update(isNull(), any(Worklog.class), isNull(), eq(false));

        job.runJob(request);
        assertEquals("a second run changes nothing", Minutes.of(15), host.totals.find(PROJECT, YearMonth.of(2026, 11))
                .orElseThrow().level(SupportLevel.L1).usedMinutes());
    }

    @Test
    public void reconciliationRemovesTheBookingOfAWorklogJiraListsAsDeleted() {
        listener.onIssueEvent(event(EventType.ISSUE_WORKLOGGED_ID, worklog(1, issue, "2026-11-03T09:00", 600)));
        when(worklogManager.getById(1L)).thenReturn(null);
        when(worklogManager.getWorklogsUpdatedSince(any())).thenReturn(List.of());
        when(worklogManager.getWorklogsDeletedSince(any())).thenReturn(List.of(new WorklogManagerWithChangeLists
                .DeletedWorklog(1L, Date.from(InMemoryHost.berlin("2026-11-10T10:00")))));
        ReconciliationJob job = new ReconciliationJob(mock(SchedulerService.class),
                new JiraWorklogChangeFeed(worklogManager), bookingServices(), booking);

        assertTrue(job.runJob(mock(JobRunnerRequest.class)).toString(), host.bookings.find(1).isPresent());
        assertFalse(host.bookings.find(1).orElseThrow().isActive());
    }

    @Test
    public void aJiraWithoutTheListOfChangedWorklogsFailsTheRunAndChangesNothing() {
        WorklogManager plain = mock(WorklogManager.class);
        ReconciliationJob job = new ReconciliationJob(mock(SchedulerService.class), new JiraWorklogChangeFeed(plain),
                bookingServices(), new WorklogBooking(bookingServices(), plain));

        job.runJob(mock(JobRunnerRequest.class));

        assertEquals(de.tieredsupport.contingent.service.port.ReconciliationCursor.State.EMPTY,
                host.reconciliationCursor.read());
    }

    @Test
    public void theJobIsRegisteredAndScheduledOnStartAndUnregisteredOnStop() throws Exception {
        SchedulerService scheduler = mock(SchedulerService.class);
        ReconciliationJob job = new ReconciliationJob(scheduler, new JiraWorklogChangeFeed(worklogManager),
                bookingServices(), booking);

        job.afterPropertiesSet();
        job.destroy();

        verify(scheduler).registerJobRunner(ReconciliationJob.RUNNER_KEY, job);
        verify(scheduler).scheduleJob(eq(ReconciliationJob.JOB_ID), any(JobConfig.class));
        verify(scheduler).unregisterJobRunner(ReconciliationJob.RUNNER_KEY);
    }

    private PluginServices bookingServices() {
        return InMemoryPluginServices.over(host);
    }
}
