package com.atlassian.scheduler;

/**
 * Checked exception of {@link SchedulerService#scheduleJob}. As an exception type it keeps its trivial behaviour
 * (message, cause) so tests can throw it.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/SchedulerServiceException.java):
 *   {@code @PublicApi public class SchedulerServiceException extends Exception}, constructors (String) and (String, Throwable).
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
