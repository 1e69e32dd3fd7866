package de.tieredsupport.contingent.rest;

import java.io.InputStream;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.UseCases;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The change request of a ticket of category Change request: agents read it, prepare the estimate, submit it to the
 * customer's decision makers and withdraw it; contract managers record the customer's decision. The permission is
 * checked before the issue is looked up, so a refusal says nothing about which issues exist.
 */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/issues/{issueKey}/change-request")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public ChangeRequestResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    @GET
    public ChangeRequestJson view(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        return json(services.changeRequests().view(user, project.getId(), key(issueKey)));
    }

    /** {@code {"scope": "...", "estimateMinutes": 600, "level": "L3"}}: writes the draft or starts a revision. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRequestJson prepare(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireCategoryChange(user, project.getId());
        ChangeRequestInput body = JsonBody.read(headers, json, ChangeRequestInput.class);
        Violations v = new Violations();
        SupportLevel level = Inputs.optionalLevel(v, body.level, "level");
        Inputs.minutes(v, body.estimateMinutes, "estimateMinutes");
        Inputs.text(v, body.scope, "scope");
        v.throwIfAny();
        return json(services.changeRequests().prepare(user, project.getId(), key(issueKey), body.scope,
                body.estimateMinutes, level));
    }

    /** No body, or {@code {}}; a JSON content type all the same, as for every write. */
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRequestJson submit(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireCategoryChange(user, project.getId());
        JsonBody.readOptional(headers, json, ChangeRequestDecisionInput.class);
        return json(services.changeRequests().submit(user, project.getId(), key(issueKey)));
    }

    /** {@code {"comment": "..."}}; the comment is optional ({@code {}}). */
    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRequestJson withdraw(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireCategoryChange(user, project.getId());
        ChangeRequestDecisionInput body = JsonBody.read(headers, json, ChangeRequestDecisionInput.class);
        if (body.approve != null) {
            new Violations().add("approve", "changeRequest.approve.notHere",
                    "Only the customer approves or rejects; withdrawing takes a comment only").throwIfAny();
        }
        return json(services.changeRequests().withdraw(user, project.getId(), key(issueKey), body.comment));
    }

    /** {@code {"approve": true, "comment": "approved by phone by ..."}}: the customer's decision, recorded. */
    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeRequestJson decide(@PathParam("projectKey") String projectKey,
            @PathParam("issueKey") String issueKey, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        ChangeRequestDecisionInput body = JsonBody.read(headers, json, ChangeRequestDecisionInput.class);
        if (body.approve == null) {
            new Violations().add("approve", "changeRequest.approve.required",
                    "Say whether the estimate is approved (true) or rejected (false)").throwIfAny();
        }
        return json(services.changeRequests().decide(user, project.getId(), key(issueKey), body.approve,
                body.comment));
    }

    private ChangeRequestJson json(ChangeRequests.View view) {
        return ChangeRequestJson.of(view, services.auditTrail().displayNames());
    }

    private static String key(String issueKey) {
        return issueKey == null || issueKey.length() > 255 ? null : issueKey;
    }
}
