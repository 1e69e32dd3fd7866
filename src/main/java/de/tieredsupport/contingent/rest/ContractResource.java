package de.tieredsupport.contingent.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violation;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.UseCases;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A project's contract and its versions of terms. Reading needs browse permission (rates only with money
 * permission, recipients and carry-over caps only with the right to see details); changing terms needs project admin.
 * The service's access policy decides, before any path parameter or body is looked at.
 */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/contract")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;

    @Inject
    public ContractResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects) {
        this.services = services;
        this.users = users;
        this.projects = projects;
    }

    /** The contract: terms in force now, every version, whether the caller sees money. */
    @GET
    public ContractJson contract(@PathParam("projectKey") String projectKey) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireHours(user, project.getId());
        return ContractJson.of(project, services.viewContract().contract(user, project.getId()));
    }

    /** Every version of terms, oldest first. */
    @GET
    @Path("terms")
    public List<TermsJson> terms(@PathParam("projectKey") String projectKey) {
        return contract(projectKey).termsHistory();
    }

    /**
     * Adds the terms effective from {@code effectiveMonth}, or replaces the version of that month; creates the
     * contract on first use. Months up to the latest closed one cannot get new terms. With an
     * {@code Idempotency-Key} header, carried out at most once per key (see {@link IdempotencyKeys}).
     */
    @PUT
    @Path("terms/{effectiveMonth}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTerms(@PathParam("projectKey") String projectKey,
            @PathParam("effectiveMonth") String effectiveMonth, @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        String month = Inputs.month(effectiveMonth, "effectiveMonth").toString();
        String key = IdempotencyKeys.read(headers);
        byte[] bytes = JsonBody.bytes(headers, json);
        TermsInput body = JsonBody.read(bytes, TermsInput.class);
        Violations bounds = body.bounds();
        if (!bounds.isEmpty()) {
            throw everyProblem(user, bounds, body.draftWithoutExceeded(project.getId(), month));
        }
        ContractDraft draft = body.toDraft(project.getId(), month);
        // the answer is read back in the write's transaction, so a repeat gets the contract as this write left it
        return IdempotencyKeys.respond(services.idempotentWrites(), key, user, project.getId(), "terms",
                "PUT contract/terms/" + month, bytes, 200,
                () -> services.configureContract().configure(user, draft),
                configured -> ContractJson.of(project, services.viewContract().contract(user, project.getId())));
    }

    /**
     * The exceeded bounds and every other problem the use case finds in the rest of the body, so a caller (and the
     * settings page) sees all problems at once, one per field: a field over its bound is not named again.
     */
    private ValidationException everyProblem(String user, Violations bounds, ContractDraft rest) {
        List<Violation> all = new ArrayList<>(bounds.list());
        Set<String> named = new HashSet<>();
        bounds.list().forEach(v -> named.add(v.field()));
        try {
            services.configureContract().check(user, rest);
        } catch (ValidationException e) {
            e.violations().stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        }
        return new ValidationException(all);
    }
}
