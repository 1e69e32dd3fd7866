package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * atlassian-scheduler (subset). Runners are registered per node (in {@code LifecycleAware.onStart}); cluster jobs
 * are persisted, and scheduling the same {@link JobId} again replaces the job, so {@code scheduleJob} is idempotent.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/SchedulerService.java):
 *   registerJobRunner(JobRunnerKey, JobRunner), unregisterJobRunner(JobRunnerKey),
 *   scheduleJob(JobId, JobConfig) throws SchedulerServiceException, unscheduleJob(JobId);
 *   Jira 10.4 ships atlassian-scheduler-api 5.0.1 (codescape/jira-scrum-poker:etc/scrum-poker-dc-review/2025/dependency/maven_dependency_tree.gv).
 * Status: CONFIRMED-11 (doc) for unregisterJobRunner(JobRunnerKey) and unscheduleJob(JobId) —
 *   https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/services/SprintAutoStartStopScheduler.html
 *   (constructor takes com.atlassian.scheduler.SchedulerService; javadoc links SchedulerService.unregisterJobRunner(JobRunnerKey) and
 *   SchedulerService.unscheduleJob(JobId)); registerJobRunner and scheduleJob CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
