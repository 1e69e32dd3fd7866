package com.atlassian.scheduler;

/**
 * Outcome of a job run, built with the static factories only.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/JobRunnerResponse.java):
 *   {@code @PublicApi @Immutable public final class JobRunnerResponse} with static success(), success(String),
 *   aborted(String), failed(String), failed(Throwable).
 * Test behaviour: the factories return an opaque placeholder so unit tests can run code that builds one;
 *   Jira's own class is used at run time.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse();
    }
}
