package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identifier of a scheduled job. As a value type this declaration keeps the trivial behaviour (holds the string,
 * equality by it) so tests can compare ids; at run time Jira's class is used.
 *
 * Evidence: decompiled atlassian-scheduler-api 4.1.0 (ngannk-fptu/Decompiled-Files, com/atlassian/scheduler/config/JobId.java):
 *   {@code @Immutable @PublicApi public final class JobId implements Serializable, Comparable<JobId>}, static of(String).
 * Status: CONFIRMED-9 (scheduler-api 4.1.0; continuity to 11 inferred)
 */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId && ((JobId) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
