package com.atlassian.scheduler;

/**
 * The plugin's job code, registered under a {@code JobRunnerKey}.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/JobRunner.java):
 *   {@code @PublicSpi public interface JobRunner { @Nullable JobRunnerResponse runJob(JobRunnerRequest request); }}.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
