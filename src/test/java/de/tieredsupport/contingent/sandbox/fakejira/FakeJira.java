package de.tieredsupport.contingent.sandbox.fakejira;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.scheduler.SchedulerService;

/**
 * The whole fake Jira of one sandbox node: every fake of this package, wired together, and the map of host
 * components (by the Atlassian interface the plugin imports) that the sandbox hands to the plugin's components.
 */
public final class FakeJira {

    /** Every sandbox user's time zone (Jira's default user time zone here). */
    public static final ZoneId USER_ZONE = ZoneId.of("Europe/Berlin");

    public final Clock clock;
    public final FakeUsers users;
    public final FakeProjectManager projects;
    public final FakePermissionManager permissions;
    public final FakeGlobalPermissionManager globalPermissions;
    public final FakeLogin login;
    public final FakeSalUserManager salUsers;
    public final FakeJiraAuthenticationContext authenticationContext;
    public final FakeJiraTables tables;
    public final FakeIssueManager issues;
    public final FakeSupportLevelField supportLevel;
    public final FakeRequestCategoryField requestCategory;
    public final FakeCustomFieldManager customFields;
    public final FakeWorklogManager worklogs;
    public final ClusterLockService clusterLocks;
    public final FakeEventPublisher events;
    public final FakeIssueEvents issueEvents;
    public final FakeMailQueue mail;
    public final FakeSchedulerService scheduler;
    public final FakeI18nFactory i18n;
    public final FakeApplicationProperties applicationProperties;
    public final FakeUserSearchService userSearch;
    public final FakePageBuilderService pageBuilder;

    /**
     * @param clusterLocks the cluster lock service; null for the single-node {@link FakeClusterLockService}
     */
    public FakeJira(FakeJiraTables tables, ClusterLockService clusterLocks, Clock clock) {
        this.clock = clock;
        this.tables = tables;
        users = new FakeUsers();
        projects = new FakeProjectManager();
        permissions = new FakePermissionManager(projects);
        globalPermissions = new FakeGlobalPermissionManager();
        login = new FakeLogin(users);
        salUsers = new FakeSalUserManager(users, login, globalPermissions);
        i18n = new FakeI18nFactory();
        authenticationContext = new FakeJiraAuthenticationContext(login, i18n);
        issues = new FakeIssueManager(tables, projects, clock);
        supportLevel = new FakeSupportLevelField(issues);
        requestCategory = new FakeRequestCategoryField(issues);
        customFields = new FakeCustomFieldManager(supportLevel, requestCategory);
        events = new FakeEventPublisher();
        issueEvents = new FakeIssueEvents(events);
        worklogs = new FakeWorklogManager(tables, issues, users, clock, issueEvents);
        this.clusterLocks = clusterLocks != null ? clusterLocks : new FakeClusterLockService();
        mail = new FakeMailQueue(clock);
        scheduler = new FakeSchedulerService();
        applicationProperties = new FakeApplicationProperties();
        userSearch = new FakeUserSearchService(users);
        pageBuilder = new FakePageBuilderService();
    }

    /** A project with the demo permission scheme (see {@link FakePermissionManager#grantDemoScheme}). */
    public FakeProject addProject(long id, String key, String name) {
        FakeProject project = projects.add(id, key, name);
        permissions.grantDemoScheme(id);
        return project;
    }

    /**
     * What Jira offers plugins as OSGi services, by the interface the plugin imports. The per-plugin services (Active
     * Objects, the template renderer) are service factories the sandbox registers itself.
     */
    public Map<Class<?>, Object> hostComponents() {
        Map<Class<?>, Object> host = new LinkedHashMap<>();
        host.put(com.atlassian.jira.user.util.UserManager.class, users);
        host.put(com.atlassian.sal.api.user.UserManager.class, salUsers);
        host.put(ProjectManager.class, projects);
        host.put(PermissionManager.class, permissions);
        host.put(GlobalPermissionManager.class, globalPermissions);
        host.put(JiraAuthenticationContext.class, authenticationContext);
        host.put(IssueManager.class, issues);
        host.put(CustomFieldManager.class, customFields);
        host.put(WorklogManager.class, worklogs);
        host.put(ClusterLockService.class, clusterLocks);
        host.put(EventPublisher.class, events);
        host.put(MailQueue.class, mail);
        host.put(SchedulerService.class, scheduler);
        host.put(com.atlassian.jira.util.I18nHelper.BeanFactory.class, i18n);
        host.put(com.atlassian.sal.api.ApplicationProperties.class, applicationProperties);
        host.put(com.atlassian.jira.bc.user.search.UserSearchService.class, userSearch);
        host.put(com.atlassian.webresource.api.assembler.PageBuilderService.class, pageBuilder);
        host.putAll(UnservedComponents.all());
        return host;
    }
}
