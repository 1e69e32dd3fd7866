package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.probe.ProbeResource;
import de.tieredsupport.contingent.sandbox.web.RestApplication;

/**
 * How the sandbox serves a REST package: found by package scanning, built with the plugin's components and the
 * fakes injected, the caller from the user switcher's cookie, and Jira's REST checks in front.
 */
public class RestHostingTest {

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests().demoData(false)
                .restPackage(ProbeResource.class.getPackageName()));
        client = new SandboxClient(sandbox.restUrl());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void findsResourcesByPackageScanning() {
        assertEquals(java.util.Set.of(ProbeResource.class),
                RestApplication.scan(ProbeResource.class.getPackageName()));
        // the plugin's REST package is served whatever it holds, also while it holds nothing yet
        RestApplication.scan(Sandbox.REST_PACKAGE);
    }

    @Test
    public void callerComesFromTheUserSwitcherThroughSal() throws Exception {
        HttpResponse<String> agent = client.get("/probe/me", FakeUsers.AGENT);
        assertEquals(200, agent.statusCode());
        assertEquals("{\"user\":\"agent\",\"sameFromRequest\":true,\"mayManageAcme\":false,"
                + "\"bookingStore\":true}", agent.body());
        assertTrue(client.get("/probe/me", FakeUsers.MANAGER).body().contains("\"mayManageAcme\":true"));
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
