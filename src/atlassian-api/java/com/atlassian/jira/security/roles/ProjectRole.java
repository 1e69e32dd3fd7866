package com.atlassian.jira.security.roles;

/**
 * A project role; declared only because {@code Worklog.getRoleLevel()} returns it (the worklog's visibility).
 * The plugin passes it through and calls nothing on it.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/roles/ProjectRole.java
 *   ({@code @PublicApi public interface ProjectRole}); return type of Worklog.getRoleLevel() in
 *   https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/worklog/Worklog.html.
 * Status: CONFIRMED-9 (6.3 source, 7.0.8 javadoc; continuity to 11 inferred)
 */
public interface ProjectRole {
}
