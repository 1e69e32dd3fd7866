package de.tieredsupport.contingent.sandbox;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

import com.atlassian.activeobjects.external.ActiveObjects;

import de.tieredsupport.contingent.jira.PluginServices;
import de.tieredsupport.contingent.jira.WorklogBooking;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue;
import de.tieredsupport.contingent.sandbox.web.PageDecorator;
import de.tieredsupport.contingent.sandbox.web.PluginDescriptor;
import de.tieredsupport.contingent.sandbox.fakejira.FakeProjectRest;
import de.tieredsupport.contingent.sandbox.web.DashboardHost;
import de.tieredsupport.contingent.sandbox.web.RestApplication;
import de.tieredsupport.contingent.sandbox.web.SandboxPages;
import de.tieredsupport.contingent.sandbox.web.WebResourceServlet;
import de.tieredsupport.contingent.service.port.ContractStore;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;

/**
 * The sandbox host: the plugin's real components (services, AO stores on a real database, Jira adapters, REST
 * resources of {@code de.tieredsupport.contingent.rest}, servlet modules of the descriptor under
 * {@code /plugins/servlet} with their web resources) on a fake Jira, served by Jetty on 127.0.0.1 under
 * {@code /jira}. Start with {@link #start(SandboxOptions)}, stop with {@link #close()}.
 */
public final class Sandbox implements AutoCloseable {

    public static final String REST_PATH = "/rest/support-contingent/1.0";
    public static final String REST_PACKAGE = "de.tieredsupport.contingent.rest";
    /** Where Jira serves plugin servlet modules. */
    public static final String PLUGIN_SERVLETS = "/plugins/servlet";

    private final SandboxOptions options;
    private final SandboxDatabase database;
    private final FakeJira jira;
    private final PluginContainer plugin;
    private final Server server;
    private final DemoData.Outcome demo;
    private final String baseUrl;

    private Sandbox(SandboxOptions options) throws Exception {
        this.options = options;
        SandboxDatabase db = SandboxDatabase.open(options);
        PluginContainer container = null;
        Server jetty = null;
        try {
            this.database = db;
            this.jira = new FakeJira(db.jiraTables, options.clusterLockService(), Clock.systemUTC());
            DemoData.registerProjects(jira);

            Map<Class<?>, Object> host = new LinkedHashMap<>(jira.hostComponents());
            host.put(ActiveObjects.class, db.activeObjects);
            container = new PluginContainer(host);
            ClassLoader loader = Sandbox.class.getClassLoader();
            container.start(PluginContainer.readIndex(loader), loader);
            this.plugin = container;

            this.demo = options.demoData()
                    ? new DemoData(jira, plugin.get(PluginServices.class), plugin.get(WorklogBooking.class),
                            plugin.get(ContractStore.class)).seedIfEmpty()
                    : DemoData.Outcome.NOT_REQUESTED;

            jetty = new Server(new InetSocketAddress("127.0.0.1", options.port()));
            ServletContextHandler context = new ServletContextHandler(SandboxOptions.CONTEXT_PATH);
            context.addFilter(new FilterHolder(jira.login), "/*", EnumSet.of(DispatcherType.REQUEST));
            Map<Class<?>, Object> bindings = new LinkedHashMap<>(host);
            for (Object component : plugin.components()) {
                bindings.put(component.getClass(), component);
                // as in the plugin's Spring context, a component is injectable by the interfaces it implements
                for (Class<?> type : component.getClass().getInterfaces()) {
                    if (!type.getName().startsWith("java.") && !type.getName().startsWith("org.springframework.")) {
                        bindings.putIfAbsent(type, component);
                    }
                }
            }
            context.addServlet(new ServletHolder("dashboard", new DashboardHost(jira)), DashboardHost.ASSETS + "/*");
            context.addServlet(new ServletHolder("jira-rest-project", new FakeProjectRest(jira)),
                    "/rest/api/2/project/*");
            ServletHolder rest = new ServletHolder("rest", new ServletContainer(
                    RestApplication.create(options.restPackage(), bindings, plugin.components(), jira.salUsers)));
            context.addServlet(rest, REST_PATH + "/*");
            // the plugin's servlet modules under /plugins/servlet, with their web resources, as Jira serves them
            PluginDescriptor descriptor = PluginDescriptor.load();
            for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
                HttpServlet servlet = container.buildModule(Class.forName(module.className(), true, loader)
                        .asSubclass(HttpServlet.class));
                for (String pattern : module.urlPatterns()) {
                    context.addServlet(new ServletHolder(module.key(), servlet), PLUGIN_SERVLETS + pattern);
                }
            }
            context.addFilter(new FilterHolder(new PageDecorator(jira.pageBuilder, descriptor)),
                    PLUGIN_SERVLETS + "/*", EnumSet.of(DispatcherType.REQUEST));
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
        } catch (Exception | Error e) {
            if (jetty != null) {
                jetty.stop();
            }
            if (container != null) {
                container.close();
            }
            db.close();
            throw e;
        }
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

    /** The plugin's component of the given type (a use-case wiring, a store, an adapter). */
    public <T> T component(Class<T> type) {
        return plugin.get(type);
    }

    public PluginServices services() {
        return plugin.get(PluginServices.class);
    }

    /** The path the worklog listener takes. */
    public WorklogBooking worklogBooking() {
        return plugin.get(WorklogBooking.class);
    }

    public ActiveObjects activeObjects() {
        return database.activeObjects;
    }

    /** A digest of every row of the plugin's tables (see {@link SandboxDatabase#pluginTablesChecksum()}). */
    public String pluginTablesChecksum() {
        return database.pluginTablesChecksum();
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
        database.close();
    }
}
