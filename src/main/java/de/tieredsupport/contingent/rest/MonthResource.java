package de.tieredsupport.contingent.rest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.ListBookings;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.view.BillingSheet;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** One month of a project's contract: status, bookings, billing report (JSON, CSV), top-ups and closing. */
@Named
@LicensedOnly
@Path("/projects/{projectKey}/months/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class MonthResource {

    private final UseCases services;
    private final UserManager users;
    private final ProjectManager projects;
    private final Messages messages;

    @Inject
    public MonthResource(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects, Messages messages) {
        this.services = services;
        this.users = users;
        this.projects = projects;
        this.messages = messages;
    }

    /** Hours per level, forecast, alerts, suspensions and top-ups (browse permission; rates with money). */
    @GET
    @Path("status")
    public StatusJson status(@PathParam("projectKey") String projectKey, @PathParam("month") String month) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireHours(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        return StatusJson.of(project, services.getStatus().view(user, project.getId(), yearMonth));
    }

    /**
     * The month's active bookings one by one in (start, worklog id) order, paged like Jira: {@code startAt} from 0
     * (default 0), {@code maxResults} 1 to 1000 (default 50). Browse permission; rates and amounts with money.
     */
    @GET
    @Path("bookings")
    public BookingsPageJson bookings(@PathParam("projectKey") String projectKey, @PathParam("month") String month,
            @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireHours(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        Violations v = new Violations();
        Integer first = Inputs.count(v, startAt, 0, "startAt");
        Integer max = Inputs.count(v, maxResults, ListBookings.DEFAULT_MAX_RESULTS, "maxResults");
        ListBookings.checkPaging(v, first, max);
        v.throwIfAny();
        return BookingsPageJson.of(project, services.listBookings().page(user, project.getId(), yearMonth, first,
                max));
    }

    /** The billing report (money: project admins). */
    @GET
    @Path("billing")
    public BillingReportJson billing(@PathParam("projectKey") String projectKey, @PathParam("month") String month) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireMoney(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        return BillingReportJson.of(project, services.billingReport().report(user, project.getId(), yearMonth));
    }

    /**
     * The billing report as a CSV download (see {@link BillingCsv}). {@code separator}: {@code comma} (decimal
     * points) or {@code semicolon} (decimal commas); without it, the convention of the caller's language.
     */
    @GET
    @Path("billing.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response billingCsv(@PathParam("projectKey") String projectKey, @PathParam("month") String month,
            @QueryParam("separator") String separator) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireMoney(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        char fieldSeparator = separator(separator);
        byte[] csv = new BillingCsv(messages)
                .render(services.billingReport().report(user, project.getId(), yearMonth), fieldSeparator);
        String file = "support-contingent-" + project.getKey().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + yearMonth
                + ".csv";
        return Response.ok(csv, BillingCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /**
     * The billing report as a spreadsheet Excel opens ({@link BillingSheet}: numeric cells with number formats),
     * named {@code billing-KEY-yyyy-MM.xls}; texts, dates and numbers in the caller's language.
     */
    @GET
    @Path("billing.xls")
    @Produces({"application/vnd.ms-excel", MediaType.APPLICATION_JSON})
    public Response billingSheet(@PathParam("projectKey") String projectKey, @PathParam("month") String month) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireMoney(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        BillingReportView view = services.billingReport().report(user, project.getId(), yearMonth);
        BillingSheet sheet = new BillingSheet(view, new DisplayFormat(messages.locale(), view.contract().zone()),
                messages::fullKeyText);
        byte[] body = sheet.document(project.getName() == null ? project.getKey() : project.getName())
                .getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, BillingSheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + BillingSheet.fileName(project.getKey(),
                        view) + "\"")
                .build();
    }

    /** The CSV field separator the caller asked for, or the one of the caller's language. */
    private char separator(String separator) {
        if (separator == null || separator.isEmpty()) {
            return new DisplayFormat(messages.locale(), java.time.ZoneOffset.UTC).usesDecimalComma()
                    ? BillingCsv.SEMICOLON : BillingCsv.COMMA;
        }
        return switch (separator) {
            case "comma" -> BillingCsv.COMMA;
            case "semicolon" -> BillingCsv.SEMICOLON;
            default -> {
                Violations v = new Violations();
                v.add("separator", "separator.invalid", "Choose comma or semicolon as the CSV separator.");
                v.throwIfAny();
                yield BillingCsv.COMMA;
            }
        };
    }

    /**
     * Adds extra contingent to a level of this month: {@code {"level": "L2", "minutes": 120, "reason": "..."}}. With
     * an {@code Idempotency-Key} header, stored at most once per key (see {@link IdempotencyKeys}).
     */
    @POST
    @Path("top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTopUp(@PathParam("projectKey") String projectKey, @PathParam("month") String month,
            @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        String key = IdempotencyKeys.read(headers);
        byte[] bytes = JsonBody.bytes(headers, json);
        TopUpInput body = JsonBody.read(bytes, TopUpInput.class);
        Violations v = new Violations();
        SupportLevel level = Inputs.level(v, body.level, "level");
        if (body.minutes == null) {
            v.add("minutes", "minutes.required", "Minutes are required");
        }
        Inputs.minutes(v, body.minutes, "minutes");
        Inputs.text(v, body.reason, "reason");
        v.throwIfAny();
        return IdempotencyKeys.respond(services.idempotentWrites(), key, user, project.getId(), "top-up",
                "POST months/" + yearMonth + "/top-ups", bytes, 201,
                () -> services.customerDecisions().addTopUp(user, project.getId(), yearMonth, level, body.minutes,
                        body.reason),
                DecisionJson.TopUpJson::of);
    }

    /**
     * Closes the month (it must have ended, be the next one to close, and not be closed yet). No body needed: an
     * empty body or {@code {}}, sent as JSON.
     */
    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    public MonthCloseJson close(@PathParam("projectKey") String projectKey, @PathParam("month") String month,
            @Context HttpHeaders headers, InputStream json) {
        String user = Caller.userKey(users);
        Project project = Caller.project(projects, projectKey);
        services.accessPolicy().requireManage(user, project.getId());
        YearMonth yearMonth = Inputs.month(month, "month");
        JsonBody.readOptional(headers, json, CloseInput.class);
        return MonthCloseJson.of(services.closeMonth().close(user, project.getId(), yearMonth));
    }
}
