package com.atlassian.scheduler;

/**
 * The plugin's job code, registered under a {@code JobRunnerKey}.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/JobRunner.java):
 *   {@code @PublicSpi public interface JobRunner { @Nullable JobRunnerResponse runJob(JobRunnerRequest request); }}.
 * Status: CONFIRMED-11 (doc) — https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/services/SprintAutoStartStopJob.html
 *   ({@code implements com.atlassian.scheduler.JobRunner}, {@code com.atlassian.scheduler.JobRunnerResponse runJob(com.atlassian.scheduler.JobRunnerRequest)},
 *   Jira Software 11.1); Jira Software is built against the Jira 11 platform
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
