package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Assume;
import org.junit.Test;

import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.web.AuiAssets;

/**
 * The sandbox's pages in Atlassian's own UI library: AUI's page layout around the sandbox's pages and the plugin's
 * servlet pages, AUI's CSS as the build fetched it from the npm registry, served by the sandbox; and, where the build
 * could not fetch it, the stand-in styles instead, without failing.
 */
public class SandboxAuiTest {

    private static final String AUI_CSS =
            "<link rel=\"stylesheet\" href=\"/jira/sandbox/aui/aui/aui-prototyping.css\">";

    @Test
    public void pagesAndThePluginsServletPagesUseAuisPageLayoutAndAuiFromTheBuild() throws Exception {
        Path fetched = Paths.get(System.getProperty(AuiAssets.DIR_PROPERTY, "target/aui"));
        Assume.assumeTrue("AUI was not fetched by the build (no npm): the fallback test covers this machine",
                Files.isRegularFile(fetched.resolve("aui/aui-prototyping.css")));
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            assertTrue(sandbox.layout().aui().available());
            SandboxClient client = new SandboxClient(sandbox.baseUrl());
            for (String path : new String[] {"/", "/browse/ACME-1", "/sandbox/mail", "/secure/Dashboard.jspa",
                "/plugins/servlet/support-contingent/contract?projectKey=ACME"}) {
                String html = client.get(path, FakeUsers.MANAGER).body();
                assertTrue(path, html.contains(AUI_CSS));
                assertTrue(path, html.contains("<div id=\"page\"><header id=\"header\" role=\"banner\">"
                        + "<nav class=\"aui-header\""));
                assertTrue(path, html.contains("<section id=\"content\" role=\"main\">"));
                assertTrue(path, html.contains("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                        + "<section class=\"aui-page-panel-content\">"));
                assertTrue(path, html.contains("<footer id=\"footer\" role=\"contentinfo\">"
                        + "<section class=\"footer-body\">"));
                assertEquals("AUI's styles, its JavaScript only when asked for: " + path,
                        sandbox.layout().aui().javaScript(), html.contains("<script src=\"/jira/sandbox/aui/"));
            }
            String issue = client.get("/browse/ACME-1", FakeUsers.AGENT).body();
            assertTrue("the plugin's web panel in the right column, as on Jira's issue view",
                    issue.matches("(?s).*<aside class=\"aui-page-panel-sidebar\">.*class=\"sc-web-panel\".*"
                            + "</aside>.*"));
            String settings = client.get("/plugins/servlet/support-contingent/contract?projectKey=ACME",
                    FakeUsers.MANAGER).body();
            assertTrue("the servlet's own page inside the panel",
                    settings.matches("(?s).*<section class=\"aui-page-panel-content\">.*id=\"sc-settings\".*"));
            assertTrue(settings.contains("/jira/download/resources/"));

            HttpResponse<String> css = client.get("/sandbox/aui/aui/aui-prototyping.css", null);
            assertEquals(200, css.statusCode());
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            assertTrue(css.body().contains(".aui-page-panel"));
            assertEquals(200, client.get("/sandbox/aui/aui/fonts/adgs-icons.woff", null).statusCode());
            assertEquals(200, client.get("/sandbox/aui/jquery/jquery.min.js", null).statusCode());
            int traversal = client.get("/sandbox/aui/aui/..%2F..%2F..%2Fpom.xml", null).statusCode();
            assertTrue("no file outside AUI's directory: " + traversal, traversal == 400 || traversal == 404);
            assertEquals(404, client.get("/sandbox/aui/fetched-x", null).statusCode());
        }
    }

    @Test
    public void withoutAuiThePagesFallBackToTheStandInStyles() throws Exception {
        Path empty = Files.createTempDirectory("no-aui-");
        String previous = System.getProperty(AuiAssets.DIR_PROPERTY);
        System.setProperty(AuiAssets.DIR_PROPERTY, empty.toString());
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            assertFalse(sandbox.layout().aui().available());
            SandboxClient client = new SandboxClient(sandbox.baseUrl());
            String html = client.get("/browse/ACME-1", FakeUsers.AGENT).body();
            assertFalse(html.contains(AUI_CSS));
            assertTrue("the stand-in styles for AUI's page layout", html.contains("#header .aui-header{"));
            assertTrue(html.contains("<section class=\"aui-page-panel-content\">"));
            assertTrue(html.contains("the sandbox's stand-in for AUI"));
            assertEquals(404, client.get("/sandbox/aui/aui/aui-prototyping.css", null).statusCode());
        } finally {
            if (previous == null) {
                System.clearProperty(AuiAssets.DIR_PROPERTY);
            } else {
                System.setProperty(AuiAssets.DIR_PROPERTY, previous);
            }
            Files.deleteIfExists(empty);
        }
    }
}
