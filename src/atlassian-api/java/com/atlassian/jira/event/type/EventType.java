package com.atlassian.jira.event.type;

/**
 * Jira event type ids (subset: the worklog events). The constants are {@code java.lang.Long} objects, not
 * compile-time constants, so they are read from Jira's class at run time; name and field type must match, and the
 * values here are the real ids so tests see the same numbers.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/type/EventType.java
 *   ({@code public static final Long ISSUE_WORKLOGGED_ID = 10L; ISSUE_WORKLOG_UPDATED_ID = 15L; ISSUE_WORKLOG_DELETED_ID = 16L});
 *   https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html ("static Long ISSUE_WORKLOGGED_ID").
 *   The ids are rows of Jira's jiraeventtype table and cannot change without a data migration.
 * Status: CONFIRMED-9 (6.3 source, 7.0.8 javadoc; continuity to 11 inferred)
 */
public class EventType {

    public static final Long ISSUE_WORKLOGGED_ID = 10L;

    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;

    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;

    private EventType() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
