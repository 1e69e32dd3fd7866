package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.ChangeRequestFixture;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/**
 * {@code GET …/months/{month}/bookings}: ACME's April, L1 480 min: worklog 10 (400 min), then 12 (120 min, crosses
 * the contingent: 80 in, 40 over) and 14 at the same start (30 min over), and 13 logged while L1 is suspended (60
 * min); L2 worklog 11 (90 min).
 */
public class RestBookingsTest {

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
        InMemoryHost host = server.host;
        host.log(14, 1, RestTestServer.ACME, "2026-04-03T09:00", 30 * 60);
        host.log(12, 3, RestTestServer.ACME, "2026-04-03T09:00", 120 * 60);
        host.customerDecisions.suspend(InMemoryHost.ADMIN, RestTestServer.ACME, SupportLevel.L1, "budget");
        host.log(13, 1, RestTestServer.ACME, "2026-04-15T11:00", 60 * 60);
        host.issues.hide(3, AGENT);
    }

    @After
    public void stop() {
        server.close();
    }

    private JsonNode bookings(String query, String user) {
        Reply reply = server.get("/projects/ACME/months/2026-04/bookings" + query, user);
        assertEquals(reply.toString(), 200, reply.status);
        return reply.json();
    }

    @Test
    public void everyBookingInConsumptionOrderWithTheReportsSplit() {
        JsonNode page = bookings("", MANAGER);
        assertEquals(5, page.get("total").asInt());
        assertEquals(0, page.get("startAt").asInt());
        assertEquals(50, page.get("maxResults").asInt());
        assertTrue(page.get("isLast").asBoolean());
        assertEquals("EUR", page.get("currency").asText());
        List<Long> order = new ArrayList<>();
        page.get("bookings").forEach(b -> order.add(b.get("worklogId").asLong()));
        assertEquals("start, then worklog id", List.of(10L, 11L, 12L, 14L, 13L), order);

        JsonNode split = page.get("bookings").get(2);
        assertEquals("ACME-3", split.get("issueKey").asText());
        assertEquals(3, split.get("issueId").asLong());
        assertEquals("L1", split.get("level").asText());
        assertEquals("2026-04-03T07:00:00Z", split.get("start").asText());
        assertEquals(7200, split.get("rawSeconds").asLong());
        assertEquals(7200, split.get("billedSeconds").asLong());
        assertEquals(80 * 60, split.get("inContingentSeconds").asLong());
        assertEquals(40 * 60, split.get("overageSeconds").asLong());
        assertEquals("overage is not billed in ACME's terms", 80 * 60, split.get("invoicedSeconds").asLong());
        String text = server.get("/projects/ACME/months/2026-04/bookings?startAt=2&maxResults=1", MANAGER).text();
        assertTrue(text, text.contains("\"hourlyRate\":70.00,\"amount\":93.33}"));

        JsonNode suspended = page.get("bookings").get(4);
        assertTrue(suspended.get("suspended").asBoolean());
        assertEquals(0, suspended.get("inContingentSeconds").asLong());
        assertEquals(0, suspended.get("overageSeconds").asLong());
        assertEquals(0, new BigDecimal(suspended.get("amount").asText()).signum());
    }

    @Test
    public void perBookingFiguresAddUpToTheBillingReportsLevelLines() {
        JsonNode page = bookings("?maxResults=1000", MANAGER);
        JsonNode report = server.get("/projects/ACME/months/2026-04/billing", MANAGER).json();
        for (JsonNode line : report.get("levels")) {
            String level = line.get("level").asText();
            long in = 0;
            long over = 0;
            long suspended = 0;
            long invoiced = 0;
            BigDecimal amount = BigDecimal.ZERO;
            for (JsonNode b : page.get("bookings")) {
                if (level.equals(b.get("level").asText())) {
                    in += b.get("inContingentSeconds").asLong();
                    over += b.get("overageSeconds").asLong();
                    suspended += b.get("suspended").asBoolean() ? b.get("billedSeconds").asLong() : 0;
                    invoiced += b.get("invoicedSeconds").asLong();
                    amount = amount.add(new BigDecimal(b.get("amount").asText()));
                }
            }
            JsonNode figures = line.get("figures");
            assertEquals(level, figures.get("inContingentMinutes").asLong() * 60, in);
            assertEquals(level, figures.get("overageMinutes").asLong() * 60, over);
            assertEquals(level, figures.get("suspendedMinutes").asLong() * 60, suspended);
            assertEquals(level, figures.get("billedMinutes").asLong() * 60, invoiced);
            assertEquals(level + ": " + amount, 0, new BigDecimal(figures.get("amount").asText()).compareTo(amount));
        }
        JsonNode l1 = report.get("levels").get(0).get("figures");
        assertEquals("the scene does split L1", 480, l1.get("inContingentMinutes").asLong());
        assertEquals(70, l1.get("overageMinutes").asLong());
        assertEquals(60, l1.get("suspendedMinutes").asLong());
    }

    @Test
    public void changeRequestWorkIsInvoicedOnItsOwnLine() {
        ChangeRequestFixture.approve(server.host, RestTestServer.ACME, 2, "Export", 240, SupportLevel.L3, "Dana");
        server.host.log(30, 2, RestTestServer.ACME, "2026-04-16T09:00", 60 * 60);
        JsonNode page = bookings("?maxResults=1000", MANAGER);
        JsonNode work = null;
        for (JsonNode b : page.get("bookings")) {
            assertEquals(b.get("worklogId").asLong() == 30, b.get("changeRequest").asBoolean());
            if (b.get("worklogId").asLong() == 30) {
                work = b;
            }
        }
        assertEquals(0, work.get("inContingentSeconds").asLong());
        assertEquals(0, work.get("overageSeconds").asLong());
        assertFalse(work.get("suspended").asBoolean());
        assertEquals(3600, work.get("invoicedSeconds").asLong());
        // 60 min x 80.00 / 60, the whole change-request line
        assertEquals(0, new BigDecimal("80.00").compareTo(work.get("amount").decimalValue()));
    }

    @Test
    public void anAgentGetsHoursWithoutMoneyAndARestrictedIssueAsKeyOnly() {
        Reply reply = server.get("/projects/ACME/months/2026-04/bookings", AGENT);
        assertEquals(reply.toString(), 200, reply.status);
        assertFalse(reply.json().get("moneyVisible").asBoolean());
        for (String money : new String[] {"hourlyRate", "amount", "currency"}) {
            assertFalse(money, reply.text().contains("\"" + money + "\""));
        }
        JsonNode restricted = reply.json().get("bookings").get(2);
        assertEquals("ACME-3", restricted.get("issueKey").asText());
        assertTrue(restricted.get("restricted").asBoolean());
        assertFalse(reply.json().get("bookings").get(0).get("restricted").asBoolean());
        assertEquals(40 * 60, restricted.get("overageSeconds").asLong());
    }

    @Test
    public void pagesFollowJirasStartAtAndMaxResults() {
        JsonNode first = bookings("?maxResults=2", MANAGER);
        assertEquals(2, first.get("bookings").size());
        assertEquals(5, first.get("total").asInt());
        assertFalse(first.get("isLast").asBoolean());
        JsonNode last = bookings("?startAt=4&maxResults=2", MANAGER);
        assertEquals(1, last.get("bookings").size());
        assertEquals(13, last.get("bookings").get(0).get("worklogId").asLong());
        assertTrue(last.get("isLast").asBoolean());
        JsonNode beyond = bookings("?startAt=40", MANAGER);
        assertEquals(0, beyond.get("bookings").size());
        assertEquals(5, beyond.get("total").asInt());
    }

    @Test
    public void badPagingParametersAre400sNamingTheParameter() {
        String[][] cases = {
            {"?maxResults=0", "[maxResults]"},
            {"?maxResults=1001", "[maxResults]"},
            {"?startAt=-1", "[startAt]"},
            {"?startAt=%201", "[startAt]"},
            {"?startAt=x&maxResults=y", "[startAt, maxResults]"},
            {"?startAt=9999999999", "[startAt]"},
            {"?startAt=-1&maxResults=5000", "[startAt, maxResults]"},
        };
        String before = server.snapshot();
        for (String[] c : cases) {
            Reply reply = server.get("/projects/ACME/months/2026-04/bookings" + c[0], MANAGER);
            assertEquals(c[0] + ": " + reply, 400, reply.status);
            assertEquals(c[0], c[1], reply.errorFields().toString());
        }
        assertEquals("Enter a number from 1 to 1,000.",
                server.get("/projects/ACME/months/2026-04/bookings?maxResults=0", MANAGER).firstMessage());
        assertEquals(before, server.snapshot());
    }

    @Test
    public void theStatusAlertNamesTheWorklogThatCrossed() {
        JsonNode alerts = server.get("/projects/ACME/months/2026-04/status", AGENT).json().get("alerts");
        JsonNode full = null;
        for (JsonNode alert : alerts) {
            if ("L1".equals(alert.get("level").asText()) && alert.get("thresholdPercent").asInt() == 100) {
                full = alert;
            }
        }
        assertTrue(alerts.toString(), full != null);
        assertEquals(12, full.get("crossing").get("worklogId").asLong());
        assertEquals("2026-04-03T07:00:00Z", full.get("crossing").get("worklogStart").asText());
        assertTrue(full.get("crossing").has("bookedAt"));
    }
}
