package com.atlassian.scheduler.config;

/**
 * Immutable job configuration built fluently:
 * {@code JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(schedule)}.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/JobConfig.java):
 *   {@code @Immutable @PublicApi public final class JobConfig}, static forJobRunnerKey(JobRunnerKey),
 *   withRunMode(RunMode), withSchedule(Schedule) each returning JobConfig.
 * Test behaviour: the factories return an opaque placeholder so unit tests can run code that builds one;
 *   Jira's own class is used at run time.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobConfig {

    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig();
    }

    public JobConfig withRunMode(RunMode runMode) {
        return this;
    }

    public JobConfig withSchedule(Schedule schedule) {
        return this;
    }
}
