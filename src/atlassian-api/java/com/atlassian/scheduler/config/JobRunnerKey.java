package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Key under which a job runner is registered. As a value type this declaration keeps the trivial behaviour
 * (holds the string, equality by it) so tests can compare keys; at run time Jira's class is used.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/JobRunnerKey.java):
 *   {@code @Immutable @PublicApi public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey>}, static of(String).
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
