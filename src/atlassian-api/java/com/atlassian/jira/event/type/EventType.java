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
 * Status: CONFIRMED-11 (the three Long constants by name) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java lines 30-32
 *   ({@code EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_WORKLOG_UPDATED_ID, EventType.ISSUE_WORKLOG_DELETED_ID} as varargs of a Long... list);
 *   values CONFIRMED-9 (6.3 source, 7.0.8 javadoc)
 */
public class EventType {

    public static final Long ISSUE_WORKLOGGED_ID = 10L;

    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;

    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;

    private EventType() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
