package de.tieredsupport.contingent.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.port.UserRights;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Raw permission facts from Jira. What they allow is decided in one place only: the service's AccessPolicy.
 * Unknown users and projects have no rights.
 */
@Named
public final class JiraUserRights implements UserRights {

    private final UserManager users;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;

    @Inject
    public JiraUserRights(@ComponentImport("jiraUserManager") UserManager users, @ComponentImport ProjectManager projects,
            @ComponentImport PermissionManager permissions,
            @ComponentImport GlobalPermissionManager globalPermissions) {
        this.users = users;
        this.projects = projects;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        ApplicationUser user = user(userKey);
        return user != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    @Override
    public boolean isProjectAdmin(String userKey, long projectId) {
        ApplicationUser user = user(userKey);
        Project project = projects.getProjectObj(projectId);
        return user != null && project != null
                && permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user);
    }

    @Override
    public boolean canBrowseProject(String userKey, long projectId) {
        ApplicationUser user = user(userKey);
        Project project = projects.getProjectObj(projectId);
        return user != null && project != null
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    private ApplicationUser user(String userKey) {
        return userKey == null ? null : users.getUserByKey(userKey);
    }
}
