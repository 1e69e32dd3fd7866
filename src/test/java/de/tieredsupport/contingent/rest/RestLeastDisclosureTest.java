package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;

/**
 * Issue 12, least disclosure: callers who may only browse a project get hours and states: contingents, usage,
 * forecast, states, alerts, when support is suspended and how many minutes were topped up. They do not get the
 * alert recipients' addresses, the carry-over caps, the reasons of top-ups and suspensions, nor who decided them;
 * project admins and Jira admins get all of it. Before, an agent received all of it.
 */
public class RestLeastDisclosureTest {

    private static final String SECRET_REASON = "Kunde zahlt erst im Mai";
    private static final String SECRET_ADDRESS = "cfo@customer.example";

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
        // terms in force in April with carry-over caps and two recipients, a top-up and a suspension with reasons
        Reply terms = server.call("PUT", "/projects/ACME/contract/terms/2026-04", ADMIN,
                "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70, \"carryOverCapMinutes\": 120},"
                        + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80, \"carryOverCapMinutes\": 60},"
                        + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 90, \"carryOverCapMinutes\": 0}},"
                        + " \"carryOver\": {\"policy\": \"UNUSED_UP_TO\"},"
                        + " \"recipients\": [\"it-lead@customer.example\", \"" + SECRET_ADDRESS + "\"],"
                        + " \"decisionMakers\": [{\"name\": \"Erika Mustermann\", \"email\": \"erika@customer.example\","
                        + " \"language\": \"de\"}]}");
        assertEquals(terms.toString(), 200, terms.status);
        assertEquals(201, server.call("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER,
                "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"" + SECRET_REASON + "\"}").status);
        assertEquals(201, server.call("POST", "/projects/ACME/suspensions", MANAGER,
                "{\"level\": \"L3\", \"reason\": \"" + SECRET_REASON + "\"}").status);
    }

    @After
    public void stop() {
        server.close();
    }

    private static void assertNothingSecret(Reply reply) {
        String text = reply.text();
        for (String secret : new String[] {SECRET_REASON, SECRET_ADDRESS, "it-lead@", "recipients",
            "carryOverCapMinutes", "\"reason\"", "grantedBy", "suspendedBy", MANAGER, ADMIN, "rateAmount",
            "hourlyRate", "decisionMakers", "erika@", "Erika"}) {
            assertFalse(secret + " in " + text, text.contains(secret));
        }
    }

    @Test
    public void browseOnlyCallersGetHoursAndStatesAlone() {
        Reply contract = server.get("/projects/ACME/contract", AGENT);
        assertEquals(contract.toString(), 200, contract.status);
        assertNothingSecret(contract);
        JsonNode current = contract.json().get("currentTerms");
        assertFalse(contract.json().get("detailsVisible").asBoolean());
        assertEquals(480, current.get("levels").get("L1").get("contingentMinutes").asLong());
        assertEquals("UNUSED_UP_TO", current.get("carryOver").get("policy").asText());
        assertEquals("[80,100]", current.get("thresholds").toString());
        assertNothingSecret(server.get("/projects/ACME/contract/terms", AGENT));

        Reply status = server.get("/projects/ACME/months/2026-04/status", AGENT);
        assertEquals(status.toString(), 200, status.status);
        assertNothingSecret(status);
        JsonNode json = status.json();
        assertFalse(json.get("detailsVisible").asBoolean());
        assertEquals(60, json.get("topUps").get(0).get("minutes").asLong());
        assertEquals("L3", json.get("activeSuspensions").get(0).get("level").asText());
        assertTrue(json.get("levels").get(2).get("suspended").asBoolean());
        assertEquals("SUSPENDED", json.get("levels").get(2).get("state").asText());
        assertEquals(540, json.get("levels").get(0).get("availableMinutes").asLong());

        Reply all = server.get("/statuses?month=2026-04", AGENT);
        assertEquals(1, all.json().size());
        assertNothingSecret(all);
    }

    @Test
    public void projectAndJiraAdminsGetEveryDetail() {
        for (String user : List.of(MANAGER, ADMIN)) {
            JsonNode contract = server.get("/projects/ACME/contract", user).json();
            assertTrue(contract.get("detailsVisible").asBoolean());
            JsonNode terms = contract.get("currentTerms");
            assertEquals("[\"it-lead@customer.example\",\"" + SECRET_ADDRESS + "\"]", terms.get("recipients").toString());
            assertEquals(120, terms.get("levels").get("L1").get("carryOverCapMinutes").asLong());
            assertEquals("[{\"name\":\"Erika Mustermann\",\"email\":\"erika@customer.example\",\"language\":\"de\"}]",
                    terms.get("decisionMakers").toString());
            assertEquals(80, terms.get("decisionThreshold").asInt());

            JsonNode status = server.get("/projects/ACME/months/2026-04/status", user).json();
            assertTrue(status.get("detailsVisible").asBoolean());
            assertEquals(SECRET_REASON, status.get("topUps").get(0).get("reason").asText());
            assertEquals(MANAGER, status.get("topUps").get(0).get("grantedBy").asText());
            assertEquals(SECRET_REASON, status.get("activeSuspensions").get(0).get("reason").asText());
            assertEquals(MANAGER, status.get("activeSuspensions").get(0).get("suspendedBy").asText());
            assertTrue(server.get("/statuses?month=2026-04", user).text().contains(SECRET_REASON));
        }
    }
}
