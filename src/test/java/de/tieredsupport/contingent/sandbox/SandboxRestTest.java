package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The REST API as served by the running sandbox host (real AO stores, real Jira adapters on fake Jira), over
 * HTTP: who may read what, and that refused or invalid writes leave every plugin table exactly as it was.
 */
public class SandboxRestTest {

    private static final String[] USERS = {"admin", "manager", "agent", "outsider", null};

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static String previous;
    private static String current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        current = YearMonth.now(FakeJira.USER_ZONE).toString();
        previous = YearMonth.now(FakeJira.USER_ZONE).minusMonths(1).toString();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static int get(String path, String user) throws Exception {
        return client.get(Sandbox.REST_PATH + path, user).statusCode();
    }

    @Test
    public void readPermissionsFollowTheDesign() throws Exception {
        // expected status per user: admin, manager (project admin), agent (browse), outsider, anonymous; the outsider
        // gets the answer of an unknown project key (404)
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("/projects/ACME/contract", new int[] {200, 200, 200, 404, 401});
        expected.put("/projects/ACME/contract/terms", new int[] {200, 200, 200, 404, 401});
        expected.put("/projects/ACME/months/" + current + "/status", new int[] {200, 200, 200, 404, 401});
        expected.put("/projects/ACME/months/" + previous + "/billing", new int[] {200, 200, 403, 404, 401});
        expected.put("/projects/ACME/months/" + previous + "/billing.csv", new int[] {200, 200, 403, 404, 401});
        expected.put("/projects/ACME/months/" + previous + "/billing.xls", new int[] {200, 200, 403, 404, 401});
        expected.put("/projects/ACME/audit", new int[] {200, 200, 403, 404, 401});
        expected.put("/statuses?month=" + current, new int[] {200, 200, 200, 200, 401});
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, int[]> endpoint : expected.entrySet()) {
            for (int u = 0; u < USERS.length; u++) {
                int status = get(endpoint.getKey(), USERS[u]);
                if (status != endpoint.getValue()[u]) {
                    wrong.add(endpoint.getKey() + " as " + USERS[u] + ": " + status + " instead of " + endpoint.getValue()[u]);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void theOutsiderSeesNoContractInTheDashboardList() throws Exception {
        assertEquals("[]", client.get(Sandbox.REST_PATH + "/statuses?month=" + current, "outsider").body().trim());
        assertTrue(client.get(Sandbox.REST_PATH + "/statuses?month=" + current, "agent").body().contains("\"ACME\""));
    }

    @Test
    public void refusedAndInvalidWritesChangeNoRow() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        String topUp = Sandbox.REST_PATH + "/projects/ACME/months/" + current + "/top-ups";
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> attempts = new LinkedHashMap<>();
        attempts.put("agent|{\"level\":\"L1\",\"minutes\":60,\"reason\":\"x\"}", 403);
        attempts.put("outsider|{\"level\":\"L1\",\"minutes\":60,\"reason\":\"x\"}", 404);
        attempts.put("admin|{\"level\":\"L9\",\"minutes\":60,\"reason\":\"x\"}", 400);
        attempts.put("admin|{\"level\":\"L1\",\"minutes\":-5,\"reason\":\"x\"}", 400);
        attempts.put("admin|{\"level\":\"L1\",\"minutes\":7,\"reason\":\"x\"}", 400);
        attempts.put("admin|{\"level\":\"L1\",\"minutes\":60,\"surprise\":1}", 400);
        attempts.put("admin|{\"level\":\"L1\",", 400);
        for (Map.Entry<String, Integer> attempt : attempts.entrySet()) {
            String[] userAndBody = attempt.getKey().split("\\|", 2);
            HttpResponse<String> response = client.post(topUp, userAndBody[0], "application/json", userAndBody[1]);
            if (response.statusCode() != attempt.getValue() || !response.body().contains("\"errors\"")) {
                wrong.add(attempt.getKey() + " -> " + response.statusCode() + " " + response.body());
            }
        }
        HttpResponse<String> form = client.post(topUp, "admin", "application/x-www-form-urlencoded", "level=L1");
        if (form.statusCode() < 400 || form.statusCode() >= 500) {
            wrong.add("form post -> " + form.statusCode());
        }
        assertEquals(List.of(), wrong);
        assertEquals("no plugin table changed", before, sandbox.pluginTablesChecksum());
    }

    @Test
    public void csvStartsWithABomAndCarriesTheLevelLines() throws Exception {
        HttpResponse<String> csv = client.get(Sandbox.REST_PATH + "/projects/ACME/months/" + previous + "/billing.csv",
                "admin");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"));
        assertTrue(csv.body(), csv.body().contains("\r\n\"Level\",\"" + previous + "\",\"L1\","));
    }
}
