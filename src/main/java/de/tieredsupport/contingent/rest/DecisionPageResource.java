package de.tieredsupport.contingent.rest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violation;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.ConflictException;
import de.tieredsupport.contingent.service.DecisionLinks;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The decision page a decision maker reaches from the mail, without a Jira account: {@code GET} shows the level's
 * month and the choice, {@code POST} with {@code step=review} shows what would be stored (the money of a top-up),
 * and only {@code step=confirm} stores the decision. The link's token is the only credential: the resource is open
 * to anonymous callers ({@link UnrestrictedAccess}), and the form post is exempt from Jira's XSRF header check
 * ({@link XsrfProtectionExcluded}) because a plain form cannot send the header; the single-use token in the address
 * stands in for it. No cookie, no session, no script; nothing is cached or passed on as referrer. Every link that
 * cannot decide gets the same neutral page with the same status.
 * <p>
 * The same address serves the links of change requests: a token that is no contingent decision link is looked up
 * among them, and the page shows the estimate with approve or reject, the same steps and the same neutral page.
 */
@Named
@UnrestrictedAccess
@Path("/decisions/{token}")
public class DecisionPageResource {

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

    private final UseCases services;
    private final ProjectManager projects;
    private final I18nHelper.BeanFactory i18nFactory;

    @Inject
    public DecisionPageResource(UseCases services, @ComponentImport ProjectManager projects,
            @ComponentImport("i18nBeanFactory") I18nHelper.BeanFactory i18nFactory) {
        this.services = services;
        this.projects = projects;
        this.i18nFactory = i18nFactory;
    }

    @GET
    @Produces("text/html")
    public Response page(@PathParam("token") String token) {
        DecisionLinks.Page page = services.decisionLinks().view(token);
        if (page instanceof DecisionLinks.Open open) {
            return html(200, html(open.link()).choose(open, DecisionPageHtml.Form.EMPTY, null, null));
        }
        if (page instanceof DecisionLinks.Decided decided) {
            return html(200, html(decided.link()).decided(decided));
        }
        ChangeRequests.LinkPage changeRequest = services.changeRequests().linkPage(token);
        if (changeRequest instanceof ChangeRequests.LinkOpen open) {
            return html(200, html(open.link()).choose(open, ChangeRequestPageHtml.Form.EMPTY, null, null));
        }
        if (changeRequest instanceof ChangeRequests.LinkDecided decided) {
            return html(200, html(decided.link()).decided(decided));
        }
        return neutral();
    }

    /**
     * The form's steps: {@code review} (check the choice and show what would be stored), {@code change} (back to
     * the choice with the values typed) and {@code confirm} (store it).
     */
    @POST
    @XsrfProtectionExcluded
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        DecisionLinks.Page page = services.decisionLinks().view(token);
        if (page instanceof DecisionLinks.Decided decided) {
            return html(200, html(decided.link()).decided(decided));
        }
        if (!(page instanceof DecisionLinks.Open open)) {
            return submitChangeRequest(token, form);
        }
        DecisionPageHtml.Form typed = new DecisionPageHtml.Form(first(form, "choice"), first(form, "hours"),
                first(form, "minutes"), first(form, "note"));
        DecisionPageHtml html = html(open.link());
        String step = first(form, "step");
        if ("change".equals(step)) {
            return html(200, html.choose(open, typed, null, null));
        }
        DecisionLinks.Choice choice;
        try {
            choice = choice(typed);
            if ("confirm".equals(step)) {
                DecisionLinks.Page result = services.decisionLinks().decide(token, choice);
                if (result instanceof DecisionLinks.Decided decided) {
                    return html(200, html.decided(decided));
                }
                if (result instanceof DecisionLinks.Open) {
                    return html(200, html.choose(open, typed, null, null));
                }
                return neutral();
            }
            services.decisionLinks().review(token, choice);
            return html(200, html.review(open, choice.kind(), choice.minutes(), typed));
        } catch (ValidationException e) {
            Violation first = e.violations().get(0);
            String message = texts(open.link()).text("support-contingent.error." + first.code(),
                    first.arguments().toArray());
            return html(400, html.choose(open, typed, first.field(), message));
        } catch (ConflictException e) {
            // the level was suspended meanwhile, or the month closed: nothing this link can still decide
            return neutral();
        }
    }

    /** The same steps for a change request's link: approve or reject, review, confirm. */
    private Response submitChangeRequest(String token, MultivaluedMap<String, String> form) {
        ChangeRequests.LinkPage page = services.changeRequests().linkPage(token);
        if (page instanceof ChangeRequests.LinkDecided decided) {
            return html(200, html(decided.link()).decided(decided));
        }
        if (!(page instanceof ChangeRequests.LinkOpen open)) {
            return neutral();
        }
        ChangeRequestPageHtml.Form typed = new ChangeRequestPageHtml.Form(first(form, "choice"),
                first(form, "comment"));
        ChangeRequestPageHtml html = html(open.link());
        String step = first(form, "step");
        if ("change".equals(step)) {
            return html(200, html.choose(open, typed, null, null));
        }
        try {
            boolean approve;
            if ("APPROVE".equals(typed.choice())) {
                approve = true;
            } else if ("REJECT".equals(typed.choice())) {
                approve = false;
            } else {
                throw new ValidationException(List.of(new Violation("choice", "changeRequest.page.choiceRequired",
                        List.of(), "Choose to approve or to reject the estimate")));
            }
            String comment = typed.comment().isBlank() ? null : typed.comment();
            if ("confirm".equals(step)) {
                ChangeRequests.LinkPage result = services.changeRequests().decideByLink(token, approve, comment);
                if (result instanceof ChangeRequests.LinkDecided decided) {
                    return html(200, html.decided(decided));
                }
                if (result instanceof ChangeRequests.LinkOpen) {
                    return html(200, html.choose(open, typed, null, null));
                }
                return neutral();
            }
            services.changeRequests().reviewByLink(token, comment);
            return html(200, html.review(open, approve, typed));
        } catch (ValidationException e) {
            Violation first = e.violations().get(0);
            String key = first.code().startsWith("changeRequest.page.") ? "support-contingent." + first.code()
                    : "support-contingent.error." + first.code();
            String message = texts(locale(open.link())).text(key, first.arguments().toArray());
            return html(400, html.choose(open, typed, first.field(), message));
        } catch (ConflictException e) {
            return neutral();
        }
    }

    private ChangeRequestPageHtml html(ChangeRequestLink link) {
        return new ChangeRequestPageHtml(locale(link), texts(locale(link)), customer(link.projectId()));
    }

    private static Locale locale(ChangeRequestLink link) {
        return "de".equals(link.maker().language()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static DecisionLinks.Choice choice(DecisionPageHtml.Form form) {
        DecisionLink.Kind kind;
        if ("SUSPEND".equals(form.choice())) {
            kind = DecisionLink.Kind.SUSPEND;
        } else if ("TOP_UP".equals(form.choice())) {
            kind = DecisionLink.Kind.TOP_UP;
        } else {
            throw new ValidationException(List.of(new Violation("choice", "decision.choiceRequired", List.of(),
                    "Choose to add contingent or to suspend")));
        }
        String note = form.note().isBlank() ? null : form.note();
        if (kind == DecisionLink.Kind.SUSPEND) {
            return new DecisionLinks.Choice(kind, 0, note);
        }
        String hours = form.hours().isBlank() ? "0" : form.hours().strip();
        String minutes = form.minutes().isBlank() ? "0" : form.minutes().strip();
        if (!NUMBER.matcher(hours).matches() || !NUMBER.matcher(minutes).matches()) {
            throw new ValidationException(List.of(new Violation("minutes", "decision.amountInvalid", List.of(),
                    "Enter whole hours and minutes")));
        }
        return new DecisionLinks.Choice(kind, Long.parseLong(hours) * 60 + Long.parseLong(minutes), note);
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        if (form == null) {
            return null;
        }
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private DecisionPageHtml html(DecisionLink link) {
        return new DecisionPageHtml(locale(link), texts(link), customer(link.projectId()));
    }

    private String customer(long projectId) {
        Project project = projects.getProjectObj(projectId);
        return project == null ? ""
                : project.getName() == null || project.getName().isBlank() ? project.getKey() : project.getName();
    }

    private DecisionPageHtml.Texts texts(DecisionLink link) {
        return texts(locale(link));
    }

    private DecisionPageHtml.Texts texts(Locale locale) {
        I18nHelper i18n = i18nFactory.getInstance(locale);
        return (key, args) -> i18n.getText(key, (Object) args);
    }

    private static Locale locale(DecisionLink link) {
        return "de".equals(link.maker().language()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static Response neutral() {
        return html(404, DecisionPageHtml.NEUTRAL);
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(HTML).entity(body)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .build();
    }
}
