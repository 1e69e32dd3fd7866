package com.atlassian.jira.entity;

/**
 * Jira entities with a numeric id (super-interface of {@code Issue} and {@code Worklog}).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/entity/WithId.java
 *   ({@code Long getId()}); https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/worklog/Worklog.html ("extends WithId").
 * Status: CONFIRMED-9 (6.3 source, 7.0.8 javadoc; continuity to 11 inferred — no Jakarta type)
 */
public interface WithId {

    Long getId();
}
