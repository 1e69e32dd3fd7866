package de.tieredsupport.contingent.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

/** Who calls and about which project: the two lookups every resource method starts with. */
final class Caller {

    private Caller() {
    }

    /** The SAL user key of the request's user; a 401 when anonymous. */
    static String userKey(UserManager users) {
        UserKey key = users.getRemoteUserKey();
        if (key == null || key.getStringValue() == null) {
            throw RequestProblem.unauthenticated();
        }
        return key.getStringValue();
    }

    /**
     * The project with this current key; a 404 when there is none. The resources then check the caller's permission
     * on it before anything else, and a caller who may not see it gets the same 404
     * ({@link de.tieredsupport.contingent.service.ProjectNotVisibleException}, mapped by {@link ErrorResponses}).
     */
    static Project project(ProjectManager projects, String key) {
        Project project = key == null || key.isBlank() || key.length() > 255 ? null
                : projects.getProjectByCurrentKey(key);
        if (project == null || project.getId() == null) {
            throw RequestProblem.unknownProject();
        }
        return project;
    }
}
