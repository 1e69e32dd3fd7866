package de.tieredsupport.contingent.sandbox;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.templaterenderer.TemplateRenderer;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueRest;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeProjectRest;
import de.tieredsupport.contingent.sandbox.fakejira.FakeTemplateRenderer;
import de.tieredsupport.contingent.sandbox.osgi.OsgiHost;
import de.tieredsupport.contingent.sandbox.osgi.PluginBundle;
import de.tieredsupport.contingent.sandbox.web.AuiAssets;
import de.tieredsupport.contingent.sandbox.web.DashboardHost;
import de.tieredsupport.contingent.sandbox.web.PageDecorator;
import de.tieredsupport.contingent.sandbox.web.PluginDescriptor;
import de.tieredsupport.contingent.sandbox.web.RestApplication;
import de.tieredsupport.contingent.sandbox.web.SandboxLayout;
import de.tieredsupport.contingent.sandbox.web.SandboxPages;
import de.tieredsupport.contingent.sandbox.web.UnreadBodySwallow;
import de.tieredsupport.contingent.sandbox.web.WebResourceServlet;

import jakarta.servlet.DispatcherType;

/**
 * The sandbox host: the packaged plugin jar as an OSGi bundle in Apache Felix ({@link OsgiHost}), its Spring context,
 * components and module classes built as Jira's plugin framework builds them, on a fake Jira whose components are the
 * framework's OSGi services; its REST module (Jersey), servlet modules under {@code /plugins/servlet} with their web
 * resources, report and web panel on sandbox pages, all served by Jetty on 127.0.0.1 under {@code /jira}. The host
 * reaches the plugin only as Jira does: through host interfaces, events, HTTP and the database. Start with
 * {@link #start(SandboxOptions)}, stop with {@link #close()}.
 */
public final class Sandbox implements AutoCloseable {

    public static final String REST_PATH = "/rest/support-contingent/1.0";
    /** Where Jira serves plugin servlet modules. */
    public static final String PLUGIN_SERVLETS = "/plugins/servlet";

    private final SandboxOptions options;
    private final SandboxDatabase database;
    private final FakeJira jira;
    private final OsgiHost osgi;
    private final PluginBundle plugin;
    private final PluginDescriptor descriptor;
    private final PluginModules modules;
    private final Server server;
    private final String baseUrl;
    private final PluginRest rest;
    private final PluginTables tables;
    private final DemoData.Outcome demo;
    private final SandboxLayout layout;

    private Sandbox(SandboxOptions options) throws Exception {
        this.options = options;
        Path jar = options.pluginJar();
        SandboxDatabase db = SandboxDatabase.open(options);
        OsgiHost host = null;
        PluginBundle bundle = null;
        Server jetty = null;
        try {
            this.database = db;
            this.jira = new FakeJira(db.jiraTables, options.clusterLockService(), Clock.systemUTC());
            DemoData.registerProjects(jira);

            host = OsgiHost.start();
            bundle = host.install(jar);
            this.osgi = host;
            this.plugin = bundle;
            this.descriptor = PluginDescriptor.load(bundle.classLoader());
            for (String location : descriptor.i18nLocations()) {
                jira.i18n.addPluginResource(location, bundle.classLoader());
            }
            registerHostServices(host, db);
            bundle.start();
            this.modules = new PluginModules(bundle, descriptor);

            this.layout = new SandboxLayout(jira, AuiAssets.locate());
            jetty = new Server(new InetSocketAddress("127.0.0.1", options.port()));
            ServletContextHandler context = new ServletContextHandler(SandboxOptions.CONTEXT_PATH);
            // first, so that it runs last: drops a body the application left unread, as Jira's Tomcat does
            context.addFilter(new FilterHolder(new UnreadBodySwallow()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(jira.login), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder("dashboard", new DashboardHost(jira, descriptor)),
                    DashboardHost.ASSETS + "/*");
            context.addServlet(new ServletHolder("jira-rest-project", new FakeProjectRest(jira)),
                    "/rest/api/2/project/*");
            // Jira's own REST API for issues and worklogs, as scripts use it
            ServletHolder jiraRest = new ServletHolder("jira-rest-issue", new FakeIssueRest(jira, supportLevelType()));
            context.addServlet(jiraRest, FakeIssueRest.API + "/issue/*");
            context.addServlet(jiraRest, FakeIssueRest.API + "/field");
            context.addServlet(new ServletHolder("rest", new ServletContainer(
                    RestApplication.create(bundle, jira.salUsers))), REST_PATH + "/*");
            // the plugin's servlet modules under /plugins/servlet, with their web resources, as Jira serves them
            modules.servlets().forEach((module, servlet) -> {
                for (String pattern : module.urlPatterns()) {
                    context.addServlet(new ServletHolder(module.key(), servlet), PLUGIN_SERVLETS + pattern);
                }
            });
            context.addFilter(new FilterHolder(new PageDecorator(jira.pageBuilder, descriptor, layout, jira.login)),
                    PLUGIN_SERVLETS + "/*", EnumSet.of(DispatcherType.REQUEST));
            // Atlassian's UI library for every page, as the build fetched it
            context.addServlet(new ServletHolder("aui", layout.aui().servlet()), AuiAssets.PATH + "/*");
            context.addServlet(new ServletHolder("resources", new WebResourceServlet(descriptor)),
                    WebResourceServlet.PATH + "/*");
            context.addServlet(new ServletHolder("pages", new SandboxPages(this)), "/");
            jetty.setHandler(context);
            jetty.setStopAtShutdown(false);
            jetty.start();
            this.server = jetty;
            int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            this.baseUrl = "http://localhost:" + port + SandboxOptions.CONTEXT_PATH;
            jira.applicationProperties.setBaseUrl(baseUrl);
            this.rest = new PluginRest(baseUrl + REST_PATH);
            this.tables = new PluginTables(this);

            this.demo = options.demoData() ? new DemoData(jira, rest, tables).seedIfEmpty()
                    : DemoData.Outcome.NOT_REQUESTED;
        } catch (Exception | Error e) {
            if (jetty != null) {
                jetty.stop();
            }
            if (bundle != null) {
                bundle.close();
            }
            if (host != null) {
                host.close();
            }
            db.close();
            throw e;
        }
    }

    /**
     * What Jira offers every plugin as OSGi services: the fake Jira's components by the interface the plugin imports,
     * and the per-plugin ones, Active Objects on the sandbox database and the template renderer.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void registerHostServices(OsgiHost host, SandboxDatabase db) {
        for (Map.Entry<Class<?>, Object> component : jira.hostComponents().entrySet()) {
            host.registerService((Class) component.getKey(), component.getValue());
        }
        host.registerServiceFactory(ActiveObjects.class, new PluginActiveObjects(db.ao));
        host.registerServiceFactory(TemplateRenderer.class, new ServiceFactory<>() {
            @Override
            public TemplateRenderer getService(Bundle bundle, ServiceRegistration<TemplateRenderer> registration) {
                return new FakeTemplateRenderer(bundle.adapt(BundleWiring.class).getClassLoader());
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<TemplateRenderer> registration,
                    TemplateRenderer service) {
            }
        });
    }

    /** The plugin's Support Level field type, as the plugin's container built it (through Jira's interface). */
    private CustomFieldType<?, ?> supportLevelType() {
        return modules.all().entrySet().stream()
                .filter(m -> m.getKey().endsWith(".SupportLevelCFType") && m.getValue() instanceof CustomFieldType)
                .map(m -> (CustomFieldType<?, ?>) m.getValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The plugin has no custom field type module"));
    }

    /** Starts a sandbox and returns when it serves requests. */
    public static Sandbox start(SandboxOptions options) throws Exception {
        return new Sandbox(options);
    }

    /** E.g. {@code http://localhost:2990/jira}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public String restUrl() {
        return baseUrl + REST_PATH;
    }

    public SandboxOptions options() {
        return options;
    }

    /** The fake Jira: users, projects, issues, worklogs, permissions, locks, events, scheduler, mail. */
    public FakeJira jira() {
        return jira;
    }

    /** The captured outgoing mail. */
    public FakeMailQueue mail() {
        return jira.mail;
    }

    /** The plugin's REST API, called over HTTP as a sandbox user. */
    public PluginRest rest() {
        return rest;
    }

    /** Read-only SQL on the plugin's tables. */
    public PluginTables tables() {
        return tables;
    }

    /** The plugin bundle in the OSGi framework. */
    public PluginBundle plugin() {
        return plugin;
    }

    /** The frame of the sandbox's pages (AUI's page layout) and AUI itself, or the stand-in styles. */
    public SandboxLayout layout() {
        return layout;
    }

    /** The plugin's descriptor and resources, read from the bundle. */
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The module instances built from the descriptor. */
    public PluginModules modules() {
        return modules;
    }

    /** A digest of every row of the plugin's tables (see {@link SandboxDatabase#pluginTablesChecksum()}). */
    public String pluginTablesChecksum() {
        return database.pluginTablesChecksum();
    }

    /** The same digest without the tables named (without prefix, e.g. {@code RECON_CURSOR}). */
    public String pluginTablesChecksum(String... leftOut) {
        return database.pluginTablesChecksum(java.util.Set.of(leftOut));
    }

    /**
     * A new connection of its own to the sandbox database, outside the plugin's and the fake Jira's pools, e.g. for
     * bulk loading or for a baseline query; {@code extra} are driver properties. The caller closes it.
     */
    public java.sql.Connection openConnection(java.util.Properties extra) throws java.sql.SQLException {
        return database.openConnection(extra);
    }

    public String databaseDescription() {
        return database.description;
    }

    public DemoData.Outcome demoData() {
        return demo;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public synchronized void close() {
        try {
            if (server.isRunning()) {
                server.stop();
            }
        } catch (Exception e) {
            System.err.println("Stopping Jetty failed: " + e);
        }
        plugin.close();
        osgi.close();
        database.close();
    }
}
