package de.tieredsupport.contingent.jira;

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
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Nightly, once per cluster: reads the worklogs Jira changed since the last run, in pages and in the order Jira changed
 * them, and replays what drifted from the bookings of open months through the same path as the listener
 * ({@link ReconcileWorklogs}). Idempotent; bounded by a page budget per run, the next run going on where this one
 * stopped; a cancelled run stops between pages.
 */
@Named
public final class ReconciliationJob implements JobRunner, InitializingBean, DisposableBean {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("de.tieredsupport.support-contingent:reconciliation");
    static final JobId JOB_ID = JobId.of("de.tieredsupport.support-contingent:reconciliation-nightly");
    static final String NIGHTLY = "0 40 2 * * ?";
    /** At most 50 pages of changed and 50 of deleted worklogs (Jira's pages hold up to a thousand), 20,000 checks. */
    static final ReconcileWorklogs.Budget BUDGET = new ReconcileWorklogs.Budget(50, 50, 20_000);

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationJob.class);

    private final SchedulerService scheduler;
    private final WorklogChangeFeed feed;
    private final UseCases services;
    private final WorklogBooking booking;
    private final ReconcileWorklogs.Budget budget;

    @Inject
    public ReconciliationJob(@ComponentImport SchedulerService scheduler, JiraWorklogChangeFeed feed,
            UseCases services, WorklogBooking booking) {
        this(scheduler, feed, services, booking, BUDGET);
    }

    ReconciliationJob(SchedulerService scheduler, WorklogChangeFeed feed, UseCases services, WorklogBooking booking,
            ReconcileWorklogs.Budget budget) {
        this.scheduler = scheduler;
        this.feed = feed;
        this.services = services;
        this.booking = booking;
        this.budget = budget;
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
        ReconcileWorklogs.Summary run;
        try {
            run = services.reconcileWorklogs().run(feed, this::replay, budget, request::isCancellationRequested);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Support contingent reconciliation could not read Jira's worklog changes", e);
            return JobRunnerResponse.failed(e.toString());
        }
        String summary = run.changesRead() + " worklog changes read in " + run.pagesRead() + " pages, "
                + run.repaired() + " worklogs repaired, " + run.failed() + " failed"
                + (run.deletionsListed() ? "" : "; deletions checked booking by booking")
                + (run.sameMillisecondSkips() == 0 ? ""
                        : "; " + run.sameMillisecondSkips() + " pages of changes in one millisecond passed over");
        if (!run.complete()) {
            LOG.info("Support contingent reconciliation stopped at its budget, the next run goes on: {}", summary);
            return JobRunnerResponse.aborted("stopped at its budget: " + summary);
        }
        LOG.info("Support contingent reconciliation: {}", summary);
        return run.failed() == 0 ? JobRunnerResponse.success(summary) : JobRunnerResponse.failed(summary);
    }

    private boolean replay(WorklogChange change) {
        try {
            if (change.kind() == WorklogChange.Kind.DELETED) {
                booking.deleted(change.worklogId());
            } else {
                booking.booked(change.kind(), change.worklogId());
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Reconciliation could not replay worklog {} ({})", change.worklogId(), change.kind(), e);
            return false;
        }
    }
}
