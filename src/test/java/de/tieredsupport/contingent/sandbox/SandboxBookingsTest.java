package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * {@code GET …/months/{month}/bookings} over HTTP against the running sandbox (real AO stores, demo data): ACME's
 * previous month, whose 1st level went over its contingent. The Jira administrator gets money, the agent (browse
 * only) the same bookings without it, the outsider the unknown key's 404; every level's bookings add up to the
 * billing report's level line; an issue the reader may not browse shows by key only.
 */
public class SandboxBookingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static YearMonth previous;
    private static String hiddenKey;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        previous = YearMonth.now(FakeJira.USER_ZONE).minusMonths(1);
        // an issue with work in that month, behind an issue security level for the agent
        hiddenKey = all(FakeUsers.ADMIN).get("bookings").get(0).get("issueKey").asText();
        FakeIssue hidden = sandbox.jira().issues.findByKey(hiddenKey);
        sandbox.jira().permissions.hideIssue(hidden.getId(), FakeUsers.AGENT);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static HttpResponse<String> get(String query, String user) throws Exception {
        return client.get(Sandbox.REST_PATH + "/projects/ACME/months/" + previous + "/bookings" + query, user);
    }

    private static JsonNode all(String user) throws Exception {
        HttpResponse<String> response = get("?maxResults=1000", user);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void theAdministratorsBookingsAddUpToTheBillingReport() throws Exception {
        JsonNode page = all(FakeUsers.ADMIN);
        assertTrue(page.get("moneyVisible").asBoolean());
        assertEquals(page.get("total").asInt(), page.get("bookings").size());
        assertTrue("demo data has bookings", page.get("total").asInt() > 0);
        JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, "ACME", previous);
        long overage = 0;
        for (JsonNode line : report.get("levels")) {
            String level = line.get("level").asText();
            long in = 0;
            long over = 0;
            BigDecimal amount = BigDecimal.ZERO;
            for (JsonNode b : page.get("bookings")) {
                if (level.equals(b.get("level").asText())) {
                    in += b.get("inContingentSeconds").asLong();
                    over += b.get("overageSeconds").asLong();
                    amount = amount.add(b.get("amount").decimalValue());
                }
            }
            JsonNode figures = line.get("figures");
            assertEquals(level, figures.get("inContingentMinutes").asLong() * 60, in);
            assertEquals(level, figures.get("overageMinutes").asLong() * 60, over);
            assertEquals(level, 0, figures.get("amount").decimalValue().compareTo(amount));
            overage += over;
        }
        assertTrue("the previous month's 1st level went over its contingent", overage > 0);
        List<String> order = new ArrayList<>();
        page.get("bookings").forEach(b -> order.add(b.get("start").asText() + "/"
                + String.format("%019d", b.get("worklogId").asLong())));
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals("ordered by start, then worklog id", sorted, order);
    }

    @Test
    public void theAgentSeesHoursWithoutMoneyAndTheHiddenIssueByKeyOnly() throws Exception {
        HttpResponse<String> response = get("?maxResults=1000", FakeUsers.AGENT);
        assertEquals(response.body(), 200, response.statusCode());
        assertFalse(response.body().contains("\"amount\""));
        assertFalse(response.body().contains("\"hourlyRate\""));
        JsonNode page = JSON.readTree(response.body());
        assertFalse(page.get("moneyVisible").asBoolean());
        assertEquals(all(FakeUsers.ADMIN).get("total").asInt(), page.get("total").asInt());
        boolean sawHidden = false;
        for (JsonNode b : page.get("bookings")) {
            if (hiddenKey.equals(b.get("issueKey").asText())) {
                sawHidden = true;
                assertTrue(b.get("restricted").asBoolean());
            }
        }
        assertTrue(hiddenKey + " has work in " + previous, sawHidden);
    }

    @Test
    public void theOutsiderGetsTheUnknownKeysAnswerAndBadPagingIsA400() throws Exception {
        HttpResponse<String> outsider = get("", FakeUsers.OUTSIDER);
        assertEquals(404, outsider.statusCode());
        assertTrue(outsider.body(), outsider.body().contains("\"field\":\"projectKey\""));
        assertEquals(outsider.body(), client.get(Sandbox.REST_PATH + "/projects/NOPE/months/" + previous
                + "/bookings", FakeUsers.OUTSIDER).body());
        HttpResponse<String> bad = get("?maxResults=5000", FakeUsers.ADMIN);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"maxResults\""));
        JsonNode second = JSON.readTree(get("?startAt=1&maxResults=1", FakeUsers.ADMIN).body());
        assertEquals(all(FakeUsers.ADMIN).get("bookings").get(1), second.get("bookings").get(0));
    }

    @Test
    public void alertsOfTheMonthNameTheWorklogThatCrossed() throws Exception {
        JsonNode alerts = sandbox.rest().status(FakeUsers.AGENT, "ACME", previous).get("alerts");
        assertTrue("the 1st level's alerts fired", alerts.size() > 0);
        List<Long> booked = new ArrayList<>();
        all(FakeUsers.ADMIN).get("bookings").forEach(b -> booked.add(b.get("worklogId").asLong()));
        for (JsonNode alert : alerts) {
            JsonNode crossing = alert.get("crossing");
            assertTrue(alert.toString(), crossing != null && crossing.has("worklogStart") && crossing.has("bookedAt"));
            assertTrue(alert.toString(), booked.contains(crossing.get("worklogId").asLong()));
        }
    }
}
