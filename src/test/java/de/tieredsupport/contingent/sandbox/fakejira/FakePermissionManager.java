package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Fake of Jira's project permissions ({@link PermissionManager}), standing in for a permission scheme: explicit
 * grants per (project, user, permission), and issues a user may not see although they may browse the project (what
 * Jira's issue security levels do). Anonymous users (null) hold nothing.
 */
public final class FakePermissionManager implements PermissionManager {

    /** Jira's "Work On Issues" (logging work); not used by the plugin, only by the sandbox's Log work form. */
    public static final ProjectPermissionKey WORK_ON_ISSUES = new ProjectPermissionKey("WORK_ON_ISSUES");

    private final FakeProjectManager projects;
    private final Map<Long, Map<String, Set<ProjectPermissionKey>>> grants = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> issueHiddenFrom = new ConcurrentHashMap<>();

    public FakePermissionManager(FakeProjectManager projects) {
        this.projects = projects;
    }

    public void grant(long projectId, String userKey, ProjectPermissionKey... permissions) {
        Set<ProjectPermissionKey> held = grants.computeIfAbsent(projectId, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(userKey, u -> ConcurrentHashMap.newKeySet());
        held.addAll(List.of(permissions));
    }

    /** Hides an issue from a user as an issue security level would: every issue permission is refused. */
    public void hideIssue(long issueId, String userKey) {
        issueHiddenFrom.computeIfAbsent(issueId, i -> ConcurrentHashMap.newKeySet()).add(userKey);
    }

    /** The sandbox's scheme for a demo project: admin and manager administer it, the agent browses and works. */
    public void grantDemoScheme(long projectId) {
        grant(projectId, FakeUsers.ADMIN, ProjectPermissions.ADMINISTER_PROJECTS, ProjectPermissions.BROWSE_PROJECTS,
                WORK_ON_ISSUES);
        grant(projectId, FakeUsers.MANAGER, ProjectPermissions.ADMINISTER_PROJECTS,
                ProjectPermissions.BROWSE_PROJECTS, WORK_ON_ISSUES);
        grant(projectId, FakeUsers.AGENT, ProjectPermissions.BROWSE_PROJECTS, WORK_ON_ISSUES);
    }

    /** A project administrator of this project alone (the sandbox's {@link FakeUsers#PARTNER} on NORD). */
    public void grantProjectAdmin(long projectId, String userKey) {
        grant(projectId, userKey, ProjectPermissions.ADMINISTER_PROJECTS, ProjectPermissions.BROWSE_PROJECTS,
                WORK_ON_ISSUES);
    }

    public boolean has(ProjectPermissionKey permission, long projectId, String userKey) {
        if (userKey == null) {
            return false;
        }
        return grants.getOrDefault(projectId, Map.of()).getOrDefault(userKey, Set.of()).contains(permission);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        return project != null && user != null && has(permissionKey, project.getId(), user.getKey());
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return issue != null && user != null && has(permissionKey, issue.getProjectId(), user.getKey())
                && !issueHiddenFrom.getOrDefault(issue.getId(), Set.of()).contains(user.getKey());
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return projects.getProjectObjects().stream().filter(p -> hasPermission(permissionKey, p, user)).toList();
    }
}
