package com.atlassian.scheduler.config;

/**
 * Immutable job configuration built fluently:
 * {@code JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(schedule)}.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/JobConfig.java):
 *   {@code @Immutable @PublicApi public final class JobConfig}, static forJobRunnerKey(JobRunnerKey),
 *   withRunMode(RunMode), withSchedule(Schedule) each returning JobConfig.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
