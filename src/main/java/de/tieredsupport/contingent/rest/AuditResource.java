package de.tieredsupport.contingent.rest;

import java.util.List;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.view.AuditText;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail of a project's contract (project admins), newest first. */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 50;

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;
    private final Messages messages;

    @Inject
    public AuditResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects, Messages messages) {
        this.services = services;
        this.users = users;
        this.projects = projects;
        this.messages = messages;
    }

    /** At most {@code limit} (1 to 500, default 50) entries, written out in the caller's language. */
    @GET
    public List<AuditEntryJson> audit(@PathParam("projectKey") String projectKey, @QueryParam("limit") String limit) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        int count = limit == null ? DEFAULT_LIMIT : parseLimit(limit);
        List<AuditEntry> entries = services.auditTrail().latest(user, project.getId(), count);
        AuditText reader = new AuditText(messages.locale(), services.auditTrail().zone(user, project.getId()),
                messages::fullKeyText, services.auditTrail().displayNames());
        return entries.stream().map(e -> AuditEntryJson.of(e, reader)).toList();
    }

    private static int parseLimit(String raw) {
        // ASCII digits only: Character.isDigit and Integer.parseInt would also take other scripts' digits
        if (raw.length() > 4 || raw.isEmpty() || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ValidationException.of("limit", "number.invalid", "Limit must be a whole number");
        }
        return Integer.parseInt(raw);
    }
}
