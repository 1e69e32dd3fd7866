package de.tieredsupport.contingent.rest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.service.StatusView;
import de.tieredsupport.contingent.service.UseCases;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The dashboard: the status of every contract the caller may see, for one month. */
@Named
@LicensedOnly
@Path("/statuses")
@Produces(MediaType.APPLICATION_JSON)
public class StatusesResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public StatusesResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    /** {@code ?month=2026-04} (required); contracts of projects that no longer exist are left out. */
    @GET
    public List<StatusJson> statuses(@QueryParam("month") String month) {
        String user = Caller.userKey(users);
        YearMonth yearMonth = Inputs.month(month, "month");
        List<StatusJson> result = new ArrayList<>();
        for (StatusView view : services.listStatuses().views(user, yearMonth)) {
            Project project = projects.getProjectObj(view.status().projectId());
            if (project != null) {
                result.add(StatusJson.of(project, view));
            }
        }
        return result;
    }
}
