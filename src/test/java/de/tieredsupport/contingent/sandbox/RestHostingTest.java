package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.EnumSet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.sandbox.fakejira.FakeGlobalPermissionManager;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeRestSecurity;
import de.tieredsupport.contingent.sandbox.fakejira.FakeSalUserManager;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.probe.ProbeResource;

import jakarta.servlet.DispatcherType;

/**
 * The sandbox's emulation of Jira's REST layer on its own, with a probe resource instead of the plugin: the caller
 * from the user switcher's cookie through SAL, and Jira's REST checks (login, anonymous access, XSRF) in front.
 */
public class RestHostingTest {

    private static Server server;
    private static SandboxClient client;

    @BeforeClass
    public static void start() throws Exception {
        FakeUsers users = new FakeUsers();
        FakeLogin login = new FakeLogin(users);
        FakeSalUserManager salUsers = new FakeSalUserManager(users, login, new FakeGlobalPermissionManager());
        ResourceConfig config = new ResourceConfig(ProbeResource.class).register(JacksonFeature.class)
                .register(new FakeRestSecurity(salUsers)).register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(salUsers).to(UserManager.class);
                    }
                });
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/jira");
        context.addFilter(new FilterHolder(login), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(config)), Sandbox.REST_PATH + "/*");
        server.setHandler(context);
        server.start();
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        client = new SandboxClient("http://localhost:" + port + "/jira" + Sandbox.REST_PATH);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    public void callerComesFromTheUserSwitcherThroughSal() throws Exception {
        HttpResponse<String> agent = client.get("/probe/me", FakeUsers.AGENT);
        assertEquals(200, agent.statusCode());
        assertEquals("{\"user\":\"agent\",\"sameFromRequest\":true}", agent.body());
    }

    @Test
    public void anonymousCallersNeedAnonymousAccess() throws Exception {
        assertEquals(401, client.get("/probe/me", null).statusCode());
        assertEquals(200, client.get("/probe/public", null).statusCode());
    }

    @Test
    public void formLikeContentTypesFailTheXsrfCheck() throws Exception {
        // JSON-only methods refuse other content types before any check, as in Jira
        assertEquals(415, client.post("/probe/echo", FakeUsers.AGENT, "text/plain", "{}").statusCode());
        assertEquals(403, client.post("/probe/text", FakeUsers.AGENT, "text/plain", "abc").statusCode());
        assertEquals(403, client.post("/probe/text", FakeUsers.AGENT, "application/x-www-form-urlencoded", "a=b")
                .statusCode());
        assertEquals(200, client.post("/probe/text", FakeUsers.AGENT, "text/plain", "abc", "X-Atlassian-Token",
                "no-check").statusCode());
        HttpResponse<String> json = client.post("/probe/echo", FakeUsers.AGENT, "application/json",
                "{\"größe\":\"<b>\"}");
        assertEquals(200, json.statusCode());
        assertEquals("{\"größe\":\"<b>\"}", json.body());
    }
}
