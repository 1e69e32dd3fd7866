package de.tieredsupport.contingent.rest;

import java.io.InputStream;
import java.util.List;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.UseCases;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The customer's decision to suspend support for the rest of the current month, and to resume it. */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/suspensions")
@Produces(MediaType.APPLICATION_JSON)
public class SuspensionResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public SuspensionResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    /**
     * Suspends one level ({@code "level": "L1"}) or all (no level) from now to the end of the month. With an
     * {@code Idempotency-Key} header, stored at most once per key (see {@link IdempotencyKeys}).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suspend(@PathParam("projectKey") String projectKey, @Context HttpHeaders headers,
            InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        String key = IdempotencyKeys.read(headers);
        byte[] bytes = JsonBody.bytes(headers, json);
        SuspensionInput body = JsonBody.read(bytes, SuspensionInput.class);
        Violations v = new Violations();
        SupportLevel level = Inputs.optionalLevel(v, body.level, "level");
        Inputs.text(v, body.reason, "reason");
        v.throwIfAny();
        return IdempotencyKeys.respond(services.idempotentWrites(), key, user, project.getId(), "suspend",
                "POST suspensions", bytes, 201,
                () -> services.customerDecisions().suspend(user, project.getId(), level, body.reason),
                DecisionJson.SuspensionJson::of);
    }

    /**
     * Resumes one level or all ({@code {}}); answers the month's suspensions after the change. With an
     * {@code Idempotency-Key} header, carried out at most once per key.
     */
    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("projectKey") String projectKey, @Context HttpHeaders headers,
            InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        String key = IdempotencyKeys.read(headers);
        byte[] bytes = JsonBody.bytes(headers, json);
        ResumeInput body = JsonBody.read(bytes, ResumeInput.class);
        Violations v = new Violations();
        SupportLevel level = Inputs.optionalLevel(v, body.level, "level");
        v.throwIfAny();
        return IdempotencyKeys.respond(services.idempotentWrites(), key, user, project.getId(), "resume",
                "POST suspensions/resume", bytes, 200,
                () -> services.customerDecisions().resume(user, project.getId(), level),
                (List<Suspension> all) -> all.stream().map(DecisionJson.SuspensionJson::of).toList());
    }
}
