package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestFixture.PARTNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** {@code /projects/{projectKey}/issues/{issueKey}/change-request} over HTTP: the flow, who may, what is refused. */
public class RestChangeRequestTest {

    private static final String PATH = "/projects/ACME/issues/ACME-2/change-request";

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
        server.host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(RestTestServer.ACME,
                "2026-04").decisionMaker("Dana Decider", "dana@customer.example", "de").build());
        server.host.changeRequestCategory.change(AGENT, RestTestServer.ACME, "ACME-2",
                RequestCategory.CHANGE_REQUEST);
    }

    @After
    public void stop() {
        server.close();
    }

    @Test
    public void anAgentPreparesAndSubmitsAndAManagerRecordsTheApproval() {
        Reply empty = server.get(PATH, AGENT);
        assertEquals(empty.toString(), 200, empty.status);
        assertTrue(empty.json().get("state").isNull());
        assertEquals(0, empty.json().get("rounds").size());

        Reply draft = server.call("PUT", PATH, AGENT, "{\"scope\": \"CSV export\", \"estimateMinutes\": 600}");
        assertEquals(draft.toString(), 200, draft.status);
        JsonNode json = draft.json();
        assertEquals("DRAFT", json.get("state").asText());
        assertEquals("L3", json.get("rounds").get(0).get("level").asText());
        assertTrue("agents see no money", json.get("estimatedAmount").isNull());

        Reply submitted = server.call("POST", PATH + "/submit", AGENT, "{}");
        assertEquals(submitted.toString(), 200, submitted.status);
        assertEquals("SUBMITTED", submitted.json().get("state").asText());
        assertEquals(1, server.host.changeRequestMailer.requests.size());

        Reply forbidden = server.call("POST", PATH + "/decision", AGENT, "{\"approve\": true, \"comment\": \"x\"}");
        assertEquals(forbidden.toString(), 403, forbidden.status);

        Reply approved = server.call("POST", PATH + "/decision", MANAGER,
                "{\"approve\": true, \"comment\": \"Approved by phone\"}");
        assertEquals(approved.toString(), 200, approved.status);
        JsonNode decided = approved.json();
        assertEquals("APPROVED", decided.get("state").asText());
        assertEquals(1, decided.get("inForceRound").asInt());
        assertEquals(0, new java.math.BigDecimal("900").compareTo(decided.get("amountInForce").decimalValue()));
        assertEquals("EUR", decided.get("currency").asText());
        JsonNode decision = decided.get("rounds").get(0).get("decision");
        assertEquals(MANAGER, decision.get("by").asText());
        assertEquals(false, decision.get("viaLink").asBoolean());
        assertEquals("Approved by phone", decision.get("comment").asText());
    }

    @Test
    public void badInputIsA400AtTheFieldAndChangesNothing() {
        String before = server.snapshot();
        String[][] cases = {
            {"{\"scope\": \"x\", \"estimateMinutes\": 0}", "estimateMinutes"},
            {"{\"scope\": \"x\", \"estimateMinutes\": 7}", "estimateMinutes"},
            {"{\"scope\": \"x\", \"estimateMinutes\": 99999999999}", "estimateMinutes"},
            {"{\"scope\": \"x\", \"estimateMinutes\": \"ten\"}", "estimateMinutes"},
            {"{\"scope\": \"x\", \"estimateMinutes\": 1.5}", "estimateMinutes"},
            {"{\"scope\": \"\", \"estimateMinutes\": 60}", "scope"},
            {"{\"scope\": \"x\", \"estimateMinutes\": 60, \"level\": \"L4\"}", "level"},
        };
        for (String[] c : cases) {
            Reply reply = server.call("PUT", PATH, AGENT, c[0]);
            assertEquals(c[0] + " -> " + reply, 400, reply.status);
            assertEquals(c[0] + " -> " + reply, c[1], reply.json().get("errors").get(0).get("field").asText());
        }
        for (String approve : new String[] {"", "\"approve\": null, ", "\"approve\": 1, ", "\"approve\": \"true\", ",
            "\"approve\": [true], ", "\"approve\": 1.5, ", "\"approve\": {}, "}) {
            String body = "{" + approve + "\"comment\": \"x\"}";
            Reply noApprove = server.call("POST", PATH + "/decision", MANAGER, body);
            assertEquals(body + " -> " + noApprove, 400, noApprove.status);
            assertEquals(body, "approve", noApprove.json().get("errors").get(0).get("field").asText());
        }
        Reply emptyWithdraw = server.call("POST", PATH + "/withdraw", AGENT, "");
        assertEquals(emptyWithdraw.toString(), 400, emptyWithdraw.status);
        assertEquals(before, server.snapshot());
    }

    @Test
    public void stateConflictsAre409AndUnknownOrHiddenIssues404() {
        String before = server.snapshot();
        Reply nothingToSubmit = server.call("POST", PATH + "/submit", AGENT, "{}");
        assertEquals(nothingToSubmit.toString(), 409, nothingToSubmit.status);
        assertEquals("This ticket has no change request yet.",
                nothingToSubmit.json().get("errors").get(0).get("message").asText());
        Reply defect = server.call("PUT", "/projects/ACME/issues/ACME-1/change-request", AGENT,
                "{\"scope\": \"x\", \"estimateMinutes\": 60}");
        assertEquals(defect.toString(), 409, defect.status);
        assertEquals("Only a ticket of the request category Change request has a change request.",
                defect.json().get("errors").get(0).get("message").asText());
        assertEquals(404, server.get("/projects/ACME/issues/ACME-99/change-request", AGENT).status);
        assertEquals(404, server.get("/projects/ACME/issues/BETA-1/change-request", PARTNER).status);
        assertEquals(404, server.get(PATH, OUTSIDER).status);
        assertEquals(before, server.snapshot());

        server.call("PUT", PATH, AGENT, "{\"scope\": \"x\", \"estimateMinutes\": 60}");
        server.call("POST", PATH + "/submit", AGENT, "{}");
        Reply category = server.call("PUT", "/projects/ACME/issues/ACME-2/category", AGENT,
                "{\"category\": \"DEFECT\"}");
        assertEquals(category.toString(), 409, category.status);
        assertEquals("The change request of this ticket waits for the decision of the customer: billing follows its "
                + "decisions, so the category stays Change request.",
                category.json().get("errors").get(0).get("message").asText());
        Reply withdrawn = server.call("POST", PATH + "/withdraw", AGENT, "{\"comment\": \"later\"}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status);
        assertEquals("WITHDRAWN", withdrawn.json().get("state").asText());
    }
}
