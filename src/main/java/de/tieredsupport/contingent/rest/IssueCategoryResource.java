package de.tieredsupport.contingent.rest;

import java.io.InputStream;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.UseCases;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The request category of a ticket (Question, Defect, Change request), set by agents. The permission is checked
 * before the issue is looked up, so a refusal says nothing about which issues exist.
 */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/issues/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueCategoryResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public IssueCategoryResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    /** {@code {"category": "CHANGE_REQUEST"}}; kept in Jira's field (with its history) and audited. */
    @PUT
    @Path("category")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryJson changeCategory(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireCategoryChange(user, project.getId());
        CategoryInput body = JsonBody.read(headers, json, CategoryInput.class);
        RequestCategory category = RequestCategory.parse(body.category, "category");
        String key = issueKey == null || issueKey.length() > 255 ? null : issueKey;
        return CategoryJson.of(services.changeRequestCategory().change(user, project.getId(), key, category));
    }
}
