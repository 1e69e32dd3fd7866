package com.atlassian.scheduler.config;

/**
 * Where a job runs; the reconciliation job uses {@link #RUN_ONCE_PER_CLUSTER}.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/RunMode.java):
 *   {@code @PublicApi public enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY }}.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
