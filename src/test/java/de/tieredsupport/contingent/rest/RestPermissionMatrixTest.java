package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestFixture.PARTNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/**
 * Design section 5 over HTTP: every endpoint for admin (Jira admin), manager (project admin), agent (browse),
 * outsider (no permission), partner (project admin of another project only) and anonymous. Each cell runs on a fresh
 * server, so allowed changes do not leak into the next cell; a refused cell must leave the stores as they were. A
 * caller who may not see the project gets exactly the answer for a project key that does not exist (issue 12).
 */
@RunWith(Parameterized.class)
public class RestPermissionMatrixTest {

    private static final String ANONYMOUS = null;
    private static final String[] USERS = {ADMIN, MANAGER, AGENT, OUTSIDER, PARTNER, ANONYMOUS};

    private static final String TERMS = "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70},"
            + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80},"
            + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 95}}}";

    private final String name;
    private final String method;
    private final String path;
    private final String body;
    private final Consumer<InMemoryHost> prepare;
    private final int[] expected;

    public RestPermissionMatrixTest(String name, String method, String path, String body,
            Consumer<InMemoryHost> prepare, int[] expected) {
        this.name = name;
        this.method = method;
        this.path = path;
        this.body = body;
        this.prepare = prepare;
        this.expected = expected;
    }

    private static Object[] row(String method, String path, String body, int... expected) {
        return row(method, path, body, host -> { }, expected);
    }

    private static Object[] row(String method, String path, String body, Consumer<InMemoryHost> prepare,
            int... expected) {
        return new Object[] {method + " " + path, method, path, body, prepare, expected};
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> endpoints() {
        //                                                           admin manager agent outsider partner anonymous
        return Arrays.asList(
                row("GET", "/projects/ACME/contract", null, 200, 200, 200, 404, 404, 401),
                row("GET", "/projects/ACME/contract/terms", null, 200, 200, 200, 404, 404, 401),
                row("PUT", "/projects/ACME/contract/terms/2026-05", TERMS, 200, 200, 403, 404, 404, 401),
                row("GET", "/projects/ACME/audit", null, 200, 200, 403, 404, 404, 401),
                row("GET", "/projects/ACME/months/2026-04/status", null, 200, 200, 200, 404, 404, 401),
                row("GET", "/statuses?month=2026-04", null, 200, 200, 200, 200, 200, 401),
                row("GET", "/projects/ACME/months/2026-04/bookings", null, 200, 200, 200, 404, 404, 401),
                row("GET", "/projects/ACME/months/2026-03/billing", null, 200, 200, 403, 404, 404, 401),
                row("GET", "/projects/ACME/months/2026-03/billing.csv", null, 200, 200, 403, 404, 404, 401),
                row("GET", "/projects/ACME/months/2026-03/billing.xls", null, 200, 200, 403, 404, 404, 401),
                row("POST", "/projects/ACME/months/2026-04/top-ups", "{\"level\": \"L1\", \"minutes\": 60}",
                        201, 201, 403, 404, 404, 401),
                row("POST", "/projects/ACME/suspensions", "{\"level\": \"L2\"}", 201, 201, 403, 404, 404, 401),
                row("POST", "/projects/ACME/suspensions/resume", "{\"level\": \"L2\"}",
                        host -> host.customerDecisions.suspend(InMemoryHost.ADMIN, RestTestServer.ACME,
                                de.tieredsupport.contingent.domain.SupportLevel.L2, "budget"),
                        200, 200, 403, 404, 404, 401),
                row("POST", "/projects/ACME/months/2026-03/close", "{}", RestFixture::closeBeforeMarch,
                        200, 200, 403, 404, 404, 401),
                row("PUT", "/projects/ACME/bookings/10/level", "{\"level\": \"L3\"}",
                        200, 200, 403, 404, 404, 401),
                row("PUT", "/projects/ACME/issues/ACME-1/category", "{\"category\": \"DEFECT\"}",
                        200, 200, 200, 404, 404, 401),
                row("GET", "/projects/NOPE/contract", null, 404, 404, 404, 404, 404, 401));
    }

    @Test
    public void eachUserGetsTheStatusDesignSection5Gives() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < USERS.length; i++) {
            try (RestTestServer server = RestFixture.start()) {
                prepare.accept(server.host);
                String before = server.snapshot();
                Reply reply = server.call(method, path, USERS[i], body);
                if (reply.status != expected[i]) {
                    wrong.add(USERS[i] + ": expected " + expected[i] + " but got " + reply);
                }
                if (reply.status >= 400) {
                    assertTrue(reply.toString(), reply.contentType.startsWith("application/json"));
                    assertTrue(reply.toString(), reply.json().get("errors").get(0).has("message"));
                    assertEquals(name + " refused for " + USERS[i] + " but changed the stores", before,
                            server.snapshot());
                }
                if (reply.status == 404 && path.contains("/ACME/")) {
                    // no oracle: the very answer a key that names no project gets
                    Reply unknown = server.call(method, path.replace("/ACME/", "/NOPE/"), USERS[i], body);
                    if (unknown.status != 404 || !unknown.text().equals(reply.text())) {
                        wrong.add(USERS[i] + ": " + reply + " differs from the unknown project's " + unknown);
                    }
                }
            }
        }
        assertEquals(name, List.of(), wrong);
    }
}
