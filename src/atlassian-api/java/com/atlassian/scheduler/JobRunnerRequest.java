package com.atlassian.scheduler;

import java.util.Date;

/**
 * What a running job learns about its run; {@link #isCancellationRequested()} lets a long reconciliation stop early.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/JobRunnerRequest.java):
 *   {@code @Nonnull Date getStartTime()}, {@code boolean isCancellationRequested()} (getJobId/getJobConfig not used).
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public interface JobRunnerRequest {

    Date getStartTime();

    boolean isCancellationRequested();
}
