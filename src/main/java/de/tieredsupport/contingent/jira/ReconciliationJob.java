package de.tieredsupport.contingent.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import de.tieredsupport.contingent.service.ReconcileWorklogs;
import de.tieredsupport.contingent.service.ReconciliationPlan;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.WorklogChange;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Nightly, once per cluster: compares Jira's worklogs of every contract's open months with the bookings and
 * replays what drifted through the same path as the listener. Idempotent, and bounded by the number of issues
 * it reads per run; a cancelled run stops between issues.
 */
@Named
public final class ReconciliationJob implements JobRunner, InitializingBean, DisposableBean {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("de.tieredsupport.support-contingent:reconciliation");
    static final JobId JOB_ID = JobId.of("de.tieredsupport.support-contingent:reconciliation-nightly");
    static final String NIGHTLY = "0 40 2 * * ?";
    static final int MAX_ISSUES_PER_RUN = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationJob.class);

    private final SchedulerService scheduler;
    private final IssueManager issues;
    private final WorklogManager worklogs;
    private final UseCases services;
    private final WorklogBooking booking;

    @Inject
    public ReconciliationJob(@ComponentImport SchedulerService scheduler, @ComponentImport IssueManager issues,
            @ComponentImport WorklogManager worklogs, UseCases services, WorklogBooking booking) {
        this.scheduler = scheduler;
        this.issues = issues;
        this.worklogs = worklogs;
        this.services = services;
        this.booking = booking;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(NIGHTLY)));
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int issuesRead = 0;
        int repaired = 0;
        int failed = 0;
        ReconcileWorklogs reconcile = services.reconcileWorklogs();
        List<ReconcileWorklogs.Window> windows = reconcile.windows();
        for (ReconcileWorklogs.Window window : windows) {
            Scan scan = scan(window, request, MAX_ISSUES_PER_RUN - issuesRead);
            issuesRead += scan.issuesRead().size();
            for (WorklogChange change : reconcile.plan(window, scan.observed(), scan.issuesRead())) {
                try {
                    if (change.kind() == WorklogChange.Kind.DELETED) {
                        booking.deleted(change.worklogId());
                    } else {
                        booking.booked(change.kind(), scan.worklogs().get(change.worklogId()), null);
                    }
                    repaired++;
                } catch (RuntimeException | LinkageError e) {
                    failed++;
                    LOG.error("Reconciliation could not replay worklog {} ({})", change.worklogId(), change.kind(), e);
                }
            }
            if (request.isCancellationRequested() || issuesRead >= MAX_ISSUES_PER_RUN) {
                // the next run goes on from here, so the contracts after this one are not starved
                reconcile.stoppedAt(windows, window, scan.complete());
                return JobRunnerResponse.aborted("stopped after " + issuesRead + " issues, " + repaired
                        + " worklogs repaired");
            }
        }
        reconcile.completed();
        String summary = issuesRead + " issues read, " + repaired + " worklogs repaired, " + failed + " failed";
        LOG.info("Support contingent reconciliation: {}", summary);
        return failed == 0 ? JobRunnerResponse.success(summary) : JobRunnerResponse.failed(summary);
    }

    /** What one window's issues hold now; complete unless the budget or a cancellation cut the window short. */
    record Scan(List<ReconciliationPlan.Observed> observed, Set<Long> issuesRead, Map<Long, Worklog> worklogs,
            boolean complete) {
    }

    private Scan scan(ReconcileWorklogs.Window window, JobRunnerRequest request, int budget) {
        List<ReconciliationPlan.Observed> observed = new ArrayList<>();
        Set<Long> read = new HashSet<>();
        Map<Long, Worklog> byId = new HashMap<>();
        Collection<Long> issueIds;
        try {
            issueIds = issues.getIssueIdsForProject(window.projectId());
        } catch (Exception e) {
            // Jira's method declares a checked exception for an unknown project.
            LOG.warn("Reconciliation skipped project {}: {}", window.projectId(), e.toString());
            return new Scan(observed, read, byId, true);
        }
        boolean complete = true;
        for (Long issueId : issueIds) {
            if (read.size() >= budget || request.isCancellationRequested()) {
                complete = false;
                break;
            }
            Issue issue = issues.getIssueObject(issueId);
            if (issue == null) {
                continue;
            }
            // Jira stamps the issue on every worklog change: an issue untouched since the window began holds no
            // worklog the window could be missing.
            if (issue.getUpdated() != null && issue.getUpdated().toInstant().isBefore(window.from())) {
                continue;
            }
            read.add(issueId);
            for (Worklog worklog : worklogs.getByIssue(issue)) {
                if (worklog.getId() == null || worklog.getStartDate() == null
                        || !window.contains(worklog.getStartDate().toInstant())) {
                    continue;
                }
                WorklogChange change = WorklogBooking.changeOf(WorklogChange.Kind.UPDATED, worklog);
                observed.add(new ReconciliationPlan.Observed(change.worklogId(), change.issueId(), change.projectId(),
                        change.authorKey(), change.start(), change.timeSpentSeconds(), change.updated()));
                byId.put(worklog.getId(), worklog);
            }
        }
        return new Scan(observed, read, byId, complete);
    }
}
