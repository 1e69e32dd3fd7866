package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestFixture.PARTNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueCategories;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** {@code PUT /projects/{projectKey}/issues/{issueKey}/category} over HTTP: who may, what is stored, what is refused. */
public class RestRequestCategoryTest {

    private static final String PATH = "/projects/ACME/issues/ACME-2/category";

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    @Test
    public void anAgentClassifiesATicketAndTheManagerSeesItInTheAudit() {
        Reply reply = server.call("PUT", PATH, AGENT, "{\"category\": \"CHANGE_REQUEST\"}");

        assertEquals(reply.toString(), 200, reply.status);
        assertTrue(reply.contentType.startsWith("application/json"));
        assertEquals("{\"issueKey\":\"ACME-2\",\"category\":\"CHANGE_REQUEST\",\"previous\":\"QUESTION\","
                + "\"changed\":true}", reply.text());
        assertEquals(Optional.of(RequestCategory.CHANGE_REQUEST), server.host.categories.stored(2));
        assertEquals(List.of(new InMemoryIssueCategories.Write(2, RequestCategory.CHANGE_REQUEST, AGENT)),
                server.host.categories.writes());

        JsonNode audit = server.get("/projects/ACME/audit?limit=1", MANAGER).json().get(0);
        assertEquals("CHANGE_CATEGORY", audit.get("type").asText());
        assertEquals(AGENT, audit.get("actor").asText());
        assertEquals("ACME-2", audit.get("parameters").get("issueKey").asText());
        assertEquals("Issue ACME-2: Change request instead of Question", audit.get("text").asText());
        JsonNode german = server.reply(server.send("GET", "/projects/ACME/audit?limit=1", MANAGER, null, null, "de"))
                .json().get(0);
        assertEquals("Vorgang ACME-2: \u00c4nderungswunsch statt Frage", german.get("text").asText());
    }

    @Test
    public void theSameCategoryAgainAnswersUnchanged() {
        server.call("PUT", PATH, AGENT, "{\"category\": \"DEFECT\"}");
        String before = server.snapshot();
        Reply again = server.call("PUT", PATH, MANAGER, "{\"category\": \"DEFECT\"}");
        assertEquals(200, again.status);
        assertFalse(again.json().get("changed").asBoolean());
        assertEquals("DEFECT", again.json().get("previous").asText());
        assertEquals(before, server.snapshot());
    }

    @Test
    public void anUnknownOrMissingCategoryIsA400NamingTheFieldAndStoresNothing() {
        String before = server.snapshot();
        for (String body : new String[] {"{\"category\": \"Change request\"}", "{\"category\": \"BUG\"}",
            "{\"category\": null}", "{}", "{\"category\": \"\"}"}) {
            Reply reply = server.call("PUT", PATH, AGENT, body);
            assertEquals(body + " -> " + reply, 400, reply.status);
            JsonNode error = reply.json().get("errors").get(0);
            assertEquals(body, "category", error.get("field").asText());
            assertFalse(error.get("message").asText().isBlank());
        }
        Reply english = server.call("PUT", PATH, AGENT, "{\"category\": \"BUG\"}");
        assertEquals("Unknown request category BUG; use QUESTION, DEFECT or CHANGE_REQUEST.",
                english.json().get("errors").get(0).get("message").asText());
        Reply german = server.reply(server.send("PUT", PATH, AGENT, "application/json", "{\"category\": \"BUG\"}",
                "de"));
        assertEquals("Unbekannte Anfragekategorie BUG; g\u00fcltig sind QUESTION, DEFECT und CHANGE_REQUEST.",
                german.json().get("errors").get(0).get("message").asText());
        assertEquals(before, server.snapshot());
    }

    @Test
    public void theBodyRulesOfEveryWriteApply() {
        // (bodies over 1 MiB: SandboxUnauthorizedCallersTest sends one to every write)
        String before = server.snapshot();
        assertEquals(415, server.reply(server.send("PUT", PATH, AGENT, "text/plain", "{\"category\": \"DEFECT\"}",
                null)).status);
        Reply unknownField = server.call("PUT", PATH, AGENT, "{\"category\": \"DEFECT\", \"level\": \"L2\"}");
        assertEquals(400, unknownField.status);
        assertEquals("body", server.call("PUT", PATH, AGENT, "[\"DEFECT\"]").json().get("errors").get(0)
                .get("field").asText());
        assertEquals(before, server.snapshot());
    }

    @Test
    public void anIssueOfAnotherProjectOrNoIssueIsUnknown() {
        String before = server.snapshot();
        for (String key : new String[] {"BETA-1", "ACME-99", "acme-2", "X".repeat(300)}) {
            Reply reply = server.call("PUT", "/projects/ACME/issues/" + key + "/category", MANAGER,
                    "{\"category\": \"DEFECT\"}");
            assertEquals(key + " -> " + reply, 404, reply.status);
            assertEquals("This project has no issue with that key that you can see.",
                    reply.json().get("errors").get(0).get("message").asText());
        }
        assertEquals(before, server.snapshot());
    }

    @Test
    public void outsidersGetTheUnknownProjectAndAnonymousCallersA401() {
        String before = server.snapshot();
        Reply unknownProject = server.call("PUT", "/projects/NOPE/issues/ACME-2/category", OUTSIDER,
                "{\"category\": \"DEFECT\"}");
        for (String outsider : new String[] {OUTSIDER, PARTNER}) {
            Reply reply = server.call("PUT", PATH, outsider, "{\"category\": \"DEFECT\"}");
            assertEquals(404, reply.status);
            assertEquals("the very answer of a key that names no project", unknownProject.text(), reply.text());
        }
        assertEquals(401, server.call("PUT", PATH, null, "{\"category\": \"DEFECT\"}").status);
        // the permission comes before the body: an outsider's bad body is still the unknown project
        assertEquals(unknownProject.text(), server.call("PUT", PATH, OUTSIDER, "{\"category\": \"BUG\"}").text());
        assertEquals(before, server.snapshot());
    }
}
