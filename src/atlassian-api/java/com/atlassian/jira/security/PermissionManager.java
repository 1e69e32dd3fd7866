package com.atlassian.jira.security;

import java.util.Collection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Project permission checks (key-based overloads only; the int-based ones are deprecated). Global permissions are
 * checked with {@link GlobalPermissionManager}.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd: hasPermission(ProjectPermissionKey, Project, ApplicationUser)
 *   (src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java),
 *   hasPermission(ProjectPermissionKey, Issue, ApplicationUser) (helper/ScrumPokerPermissions.java); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/PermissionManager.java
 *   (getProjects(ProjectPermissionKey, ApplicationUser) → Collection&lt;Project&gt;).
 * Status: CONFIRMED-11 (both hasPermission overloads); getProjects CONFIRMED-9 (6.3 source)
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** The projects in which the user holds the permission (dashboard: "all contracts I may see"). CONFIRMED-9. */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
