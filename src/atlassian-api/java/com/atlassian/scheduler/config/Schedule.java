package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

/**
 * When a job runs: a cron expression (Quartz syntax, e.g. {@code "0 30 2 * * ?"}) or a fixed interval.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/Schedule.java):
 *   {@code @Immutable @PublicApi public final class Schedule}, static forCronExpression(String),
 *   forCronExpression(String, TimeZone), forInterval(long intervalInMillis, Date firstRunTime).
 * Test behaviour: the factories return an opaque placeholder so unit tests can run code that builds one;
 *   Jira's own class is used at run time.
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class Schedule {

    private Schedule() {
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule();
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule();
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule();
    }
}
