package de.tieredsupport.contingent.sandbox.fakejira;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fake of one call of Jira's own REST API, {@code GET /rest/api/2/project/{projectIdOrKey}}, which the dashboard
 * item uses to turn a project key into the id that Jira's report page needs. Answers {@code id} (a string, as
 * Jira does), {@code key} and {@code name} to users who may browse the project, and 404 with Jira's
 * {@code errorMessages} shape to everybody else, as Jira does.
 */
public final class FakeProjectRest extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient FakeJira jira;

    public FakeProjectRest(FakeJira jira) {
        this.jira = jira;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idOrKey = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        FakeUser user = jira.login.userOf(request);
        Project project = idOrKey.matches("\\d{1,18}") ? jira.projects.getProjectObj(Long.parseLong(idOrKey))
                : jira.projects.getProjectByCurrentKey(idOrKey);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (project == null || !jira.permissions.has(ProjectPermissions.BROWSE_PROJECTS, project.getId(),
                user == null ? null : user.getKey())) {
            response.setStatus(404);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errorMessages", List.of("No project could be found with key '" + idOrKey + "'."));
            error.put("errors", Map.of());
            JSON.writeValue(response.getOutputStream(), error);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(project.getId()));
        body.put("key", project.getKey());
        body.put("name", project.getName());
        JSON.writeValue(response.getOutputStream(), body);
    }
}
