package de.tieredsupport.contingent.jira.settings;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.service.AccessDeniedException;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.NotFoundException;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.ViewContract.ContractView;
import de.tieredsupport.contingent.service.port.AuditEntry;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The contract settings page of a project, {@code /plugins/servlet/support-contingent/contract?projectKey=KEY}
 * (alert mails link here). Thin: caller → project → the service's access policy (project admin or Jira admin) →
 * the use cases' answers → a text-only model → the Velocity template. The page's script changes terms and decides
 * top-ups and suspensions through the REST API, which checks everything again.
 */
public final class ContractSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Below {@code /plugins/servlet}; the descriptor's url-pattern. */
    public static final String PATH = "/support-contingent/contract";
    static final String TEMPLATE = "templates/settings/contract-settings.vm";
    static final String WEB_RESOURCE = "de.tieredsupport.support-contingent:contract-settings-resources";
    static final String REST_BASE = "/rest/support-contingent/1.0";
    static final int AUDIT_LIMIT = 50;
    static final String KEY = ContractSettingsModelBuilder.KEY;

    private final transient UseCases services;
    private final transient UserManager users;
    private final transient ProjectManager projects;
    private final transient JiraAuthenticationContext authentication;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient Clock clock;

    @Inject
    public ContractSettingsServlet(UseCases services, @ComponentImport("salUserManager") UserManager users,
            @ComponentImport ProjectManager projects, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport TemplateRenderer renderer, @ComponentImport PageBuilderService pageBuilder) {
        this(services, users, projects, authentication, renderer, pageBuilder, Clock.systemUTC());
    }

    ContractSettingsServlet(UseCases services, UserManager users, ProjectManager projects,
            JiraAuthenticationContext authentication, TemplateRenderer renderer, PageBuilderService pageBuilder,
            Clock clock) {
        this.services = services;
        this.users = users;
        this.projects = projects;
        this.authentication = authentication;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        UserKey key = users.getRemoteUserKey();
        String user = key == null ? null : key.getStringValue();
        if (user == null) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        I18nHelper i18n = authentication.getI18nHelper();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        String projectKey = request.getParameter("projectKey");
        Project project = projectKey == null || projectKey.isBlank() || projectKey.length() > 255 ? null
                : projects.getProjectByCurrentKey(projectKey.trim());
        if (project == null || project.getId() == null) {
            render(response, HttpServletResponse.SC_NOT_FOUND, message(context, i18n.getText(KEY + "error.project")));
            return;
        }
        long projectId = project.getId();
        if (!services.accessPolicy().canSeeHours(user, projectId)) {
            // the very page of an unknown key: it must not tell which projects exist
            render(response, HttpServletResponse.SC_NOT_FOUND, message(context, i18n.getText(KEY + "error.project")));
            return;
        }
        context.put("projectKey", project.getKey());
        if (!services.accessPolicy().canManage(user, projectId)) {
            render(response, HttpServletResponse.SC_FORBIDDEN, message(context, i18n.getText(KEY + "error.denied")));
            return;
        }
        try {
            Optional<ContractView> view = contract(user, projectId);
            Optional<ContractStatus> status = view.flatMap(v -> status(user, projectId, v.currentMonth()));
            List<AuditEntry> audit = services.auditTrail().latest(user, projectId, AUDIT_LIMIT);
            ContractSettingsModelBuilder builder = new ContractSettingsModelBuilder(
                    new DisplayFormat(authentication.getLocale(), Contract.DEFAULT_ZONE), i18n, services.auditTrail().displayNames());
            ContractSettingsModel model = builder
                    .build(project.getKey(), project.getName(), request.getContextPath() + REST_BASE, view,
                    YearMonth.now(clock.withZone(Contract.DEFAULT_ZONE)), status, audit);
            context.put("settings", model);
            context.put("hours", builder.hours(view,
                    services.holidayCalendars().countries(authentication.getLocale())));
            notice(request.getParameter("saved")).ifPresent(notice -> context.put("notice", i18n.getText(notice)));
        } catch (AccessDeniedException e) {
            render(response, HttpServletResponse.SC_FORBIDDEN, message(context, i18n.getText(KEY + "error.denied")));
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        render(response, HttpServletResponse.SC_OK, context);
    }

    private Optional<ContractView> contract(String user, long projectId) {
        try {
            return Optional.of(services.viewContract().contract(user, projectId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<ContractStatus> status(String user, long projectId, YearMonth month) {
        try {
            return Optional.of(services.getStatus().status(user, projectId, month));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The success message after the page's script reloads it with {@code saved=…}; unknown values show none. */
    static Optional<String> notice(String saved) {
        if (saved == null) {
            return Optional.empty();
        }
        return switch (saved) {
            case "terms", "topUp", "suspend", "resume" -> Optional.of(KEY + "saved." + saved);
            default -> Optional.empty();
        };
    }

    /** Jira's login page, returning here afterwards. */
    static String loginUrl(HttpServletRequest request) {
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String destination = (uri.startsWith(context) ? uri.substring(context.length()) : uri)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context + "/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> message(Map<String, Object> context, String message) {
        context.put("message", message);
        return context;
    }

    private void render(HttpServletResponse response, int status, Map<String, Object> context) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
