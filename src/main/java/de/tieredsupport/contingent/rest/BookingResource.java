package de.tieredsupport.contingent.rest;

import java.io.InputStream;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Violations;
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
 * The booking of one Jira worklog: correcting the level it is billed at (audited). The permission is checked before
 * the booking is looked up, so a refusal says nothing about which worklogs are booked.
 */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/bookings/{worklogId}")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public BookingResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    /** {@code {"level": "L2", "reason": "..."}}; in a closed month the change becomes an adjustment. */
    @PUT
    @Path("level")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecisionJson.BookingJson correctLevel(@PathParam("projectKey") String projectKey,
            @PathParam("worklogId") String worklogId, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        long worklog = Inputs.id(worklogId, "worklogId");
        LevelCorrectionInput body = JsonBody.read(headers, json, LevelCorrectionInput.class);
        Violations v = new Violations();
        SupportLevel level = Inputs.level(v, body.level, "level");
        Inputs.text(v, body.reason, "reason");
        v.throwIfAny();
        return DecisionJson.BookingJson.of(services.correctLevel()
                .correct(user, project.getId(), worklog, level, body.reason));
    }
}
