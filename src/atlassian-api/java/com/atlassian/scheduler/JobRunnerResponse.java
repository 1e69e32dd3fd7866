package com.atlassian.scheduler;

/**
 * Outcome of a job run, built with the static factories only.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/JobRunnerResponse.java):
 *   {@code @PublicApi @Immutable public final class JobRunnerResponse} with static success(), success(String),
 *   aborted(String), failed(String), failed(Throwable).
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
