package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.NASTY_SUMMARY;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.ChangeRequestFixture;
import de.tieredsupport.contingent.service.port.AuditEntry;

/** Every endpoint's happy path over HTTP, with the offer's example customer's numbers. */
public class RestApiTest {

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    @Test
    public void contractShowsTermsAndRatesToItsManager() {
        Reply reply = server.get("/projects/ACME/contract", MANAGER);
        assertEquals(reply.toString(), 200, reply.status);
        assertTrue(reply.contentType.startsWith("application/json"));
        JsonNode contract = reply.json();
        assertEquals("ACME", contract.get("projectKey").asText());
        assertEquals("EUR", contract.get("currency").asText());
        assertEquals("Europe/Berlin", contract.get("zoneId").asText());
        assertTrue(contract.get("moneyVisible").asBoolean());
        assertEquals("2026-04", contract.get("currentMonth").asText());
        JsonNode levels = contract.get("currentTerms").get("levels");
        assertEquals(480, levels.get("L1").get("contingentMinutes").asLong());
        assertEquals(720, levels.get("L2").get("contingentMinutes").asLong());
        assertEquals(720, levels.get("L3").get("contingentMinutes").asLong());
        assertTrue(reply.text(), reply.text().contains("\"rateAmount\":70.00"));
        assertTrue(reply.text().contains("\"rateAmount\":80.00"));
        assertTrue(reply.text().contains("\"rateAmount\":90.00"));
        assertEquals(5, contract.get("currentTerms").get("rounding").get("incrementMinutes").asInt());
        assertEquals("[80,100]", contract.get("currentTerms").get("thresholds").toString());
        assertEquals(1, contract.get("termsHistory").size());
    }

    @Test
    public void contractHidesRatesFromAnAgent() {
        Reply reply = server.get("/projects/ACME/contract", AGENT);
        assertEquals(reply.toString(), 200, reply.status);
        assertFalse(reply.json().get("moneyVisible").asBoolean());
        assertEquals(480, reply.json().get("currentTerms").get("levels").get("L1").get("contingentMinutes").asLong());
        assertFalse(reply.text(), reply.text().contains("rateAmount"));
    }

    @Test
    public void newTermsTakeEffectFromAMonthAndTheHistoryKeepsTheOldOnes() {
        String body = "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70},"
                + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 85.50},"
                + " \"L3\": {\"contingentMinutes\": 600, \"rateAmount\": 95}},"
                + " \"recipients\": [\"it-lead@customer.example\"], \"overagePolicy\": \"BILLED_AT_RATE\"}";
        Reply put = server.call("PUT", "/projects/ACME/contract/terms/2026-05", MANAGER, body);
        assertEquals(put.toString(), 200, put.status);
        assertEquals(2, put.json().get("termsHistory").size());
        assertEquals("2026-01", put.json().get("currentTerms").get("effectiveMonth").asText());

        Reply history = server.get("/projects/ACME/contract/terms", AGENT);
        assertEquals(200, history.status);
        assertEquals("2026-01", history.json().get(0).get("effectiveMonth").asText());
        assertEquals("2026-05", history.json().get(1).get("effectiveMonth").asText());
        assertEquals(600, history.json().get(1).get("levels").get("L3").get("contingentMinutes").asLong());
        assertEquals("BILLED_AT_RATE", history.json().get(1).get("overagePolicy").asText());
        assertTrue(server.get("/projects/ACME/contract/terms", MANAGER).text().contains("\"rateAmount\":85.50"));

        Reply audit = server.get("/projects/ACME/audit", MANAGER);
        assertEquals(200, audit.status);
        assertEquals(AuditEntry.Action.CONFIGURE_TERMS.name(), audit.json().get(0).get("action").asText());
        assertEquals(MANAGER, audit.json().get(0).get("actor").asText());
        assertTrue(audit.json().get(0).get("details").asText().contains("effective 2026-05"));
    }

    @Test
    public void serviceHoursAndHolidaysRoundTripAndTheForecastCountsServiceDaysOnly() {
        // April 2026 from Wednesday 1st to Wednesday 15th (the fixture's today): 11 weekdays of 22 in the month.
        // L1 used 400: Monday to Friday without holidays 400 x 22 / 11 = 800.
        JsonNode weekdays = server.get("/projects/ACME/months/2026-04/status", AGENT).json();
        assertEquals(800, weekdays.get("levels").get(0).get("projectedMonthEndMinutes").asLong());
        assertEquals("2026-04-04", weekdays.get("forecastFrom").asText()); // after Wed 1, Thu 2, Fri 3
        String body = "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70},"
                + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80},"
                + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 90}},"
                + " \"serviceHours\": {\"MONDAY\": \"08:00-17:00\", \"TUESDAY\": \"08:00-17:00\","
                + " \"WEDNESDAY\": \"08:00-17:00\", \"THURSDAY\": \"08:00-17:00\", \"FRIDAY\": \"08:00-15:00\","
                + " \"SATURDAY\": null}, \"holidays\": {\"country\": \"de\", \"region\": \"nw\"}}";
        Reply put = server.call("PUT", "/projects/ACME/contract/terms/2026-04", MANAGER, body);
        assertEquals(put.toString(), 200, put.status);

        JsonNode terms = server.get("/projects/ACME/contract/terms", AGENT).json().get(1);
        assertEquals("2026-04", terms.get("effectiveMonth").asText());
        assertEquals("08:00-17:00", terms.get("serviceHours").get("MONDAY").asText());
        assertEquals("08:00-15:00", terms.get("serviceHours").get("FRIDAY").asText());
        assertTrue(terms.get("serviceHours").get("SATURDAY").isNull());
        assertTrue(terms.get("serviceHours").get("SUNDAY").isNull());
        assertEquals("DE", terms.get("holidays").get("country").asText());
        assertEquals("NW", terms.get("holidays").get("region").asText());
        assertEquals("DE-NW", terms.get("holidays").get("code").asText());
        assertFalse(server.get("/projects/ACME/contract/terms", AGENT).json().get(0).has("holidays"));

        // Good Friday (3rd) and Easter Monday (6th) are public holidays in all of Germany: 20 service days, 9 of them
        // elapsed by the 15th; 400 x 20 / 9 = 888.9 -> 889. Exhaustion: ceil(480 x 9 / 400) = ceil(10.8) = 11th
        // service day: 1, 2, 7, 8, 9, 10, 13, 14, 15, 16, 17 (the 3rd and the 6th skipped) = Friday 17th.
        JsonNode status = server.get("/projects/ACME/months/2026-04/status", AGENT).json();
        JsonNode l1 = status.get("levels").get(0);
        assertEquals(889, l1.get("projectedMonthEndMinutes").asLong());
        assertEquals("2026-04-17", l1.get("projectedExhaustionDay").asText());
        assertEquals("08:00-15:00", status.get("serviceHours").get("FRIDAY").asText());
        assertEquals("DE-NW", status.get("holidays").asText());
        // the dashboard shows the forecast after three service days: Wed 1, Thu 2, Tue 7
        assertEquals("2026-04-08", status.get("forecastFrom").asText());
    }

    @Test
    public void auditEntriesCarryTypeParametersAndATextInTheCallersLanguage() {
        server.call("POST", "/projects/ACME/suspensions", MANAGER, "{\"level\": \"L3\", \"reason\": \"Budget\"}");
        JsonNode en = server.get("/projects/ACME/audit?limit=1", MANAGER).json().get(0);
        assertEquals("SUSPEND", en.get("type").asText());
        assertEquals("manager", en.get("actor").asText());
        assertEquals("Maria Manager", en.get("actorName").asText());
        assertEquals("L3", en.get("parameters").get("level").asText());
        assertEquals("2026-04-15T08:00:00Z", en.get("parameters").get("from").asText());
        assertEquals("Budget", en.get("parameters").get("reason").asText());
        assertTrue(en.get("details").asText(), en.get("details").asText().startsWith("Suspended L3 from 2026-04-15T08"));
        assertEquals("3rd level suspended from Apr 15, 2026, 10:00 AM until May 1, 2026, 12:00 AM; reason: Budget",
                en.get("text").asText().replace('\u202f', ' ').replace('\u00a0', ' '));
        JsonNode de = server.reply(server.send("GET", "/projects/ACME/audit?limit=1", MANAGER, null, null, "de"))
                .json().get(0);
        assertEquals("3rd-Level ausgesetzt von 15.04.2026, 10:00 bis 01.05.2026, 00:00; Grund: Budget",
                de.get("text").asText());
    }

    @Test
    public void auditListsTheNewestEntriesFirstUpToTheLimit() {
        server.call("POST", "/projects/ACME/suspensions", ADMIN, "{\"level\": \"L3\", \"reason\": \"budget\"}");
        Reply audit = server.get("/projects/ACME/audit?limit=1", MANAGER);
        assertEquals(audit.toString(), 200, audit.status);
        assertEquals(1, audit.json().size());
        assertEquals("SUSPEND", audit.json().get(0).get("action").asText());
    }

    @Test
    public void statusOfAMonthPerLevelWithAlertsAndForecast() {
        Reply reply = server.get("/projects/ACME/months/2026-04/status", AGENT);
        assertEquals(reply.toString(), 200, reply.status);
        JsonNode status = reply.json();
        assertEquals("2026-04", status.get("month").asText());
        assertFalse(status.get("closed").asBoolean());
        assertFalse(status.get("moneyVisible").asBoolean());
        JsonNode l1 = status.get("levels").get(0);
        assertEquals("L1", l1.get("level").asText());
        assertEquals(400, l1.get("usedMinutes").asLong());
        assertEquals(480, l1.get("availableMinutes").asLong());
        assertEquals(83, l1.get("percentUsed").asInt());
        assertEquals(80, l1.get("remainingMinutes").asLong());
        assertEquals(0, l1.get("overageMinutes").asLong());
        assertTrue(l1.get("projectedMonthEndMinutes").asLong() > 400);
        assertTrue(l1.has("projectedExhaustionDay"));
        assertFalse(l1.get("suspended").asBoolean());
        assertFalse(l1.has("hourlyRate"));
        JsonNode l2 = status.get("levels").get(1);
        assertEquals(90, l2.get("usedMinutes").asLong());
        assertEquals(720, l2.get("availableMinutes").asLong());
        assertEquals(12, l2.get("percentUsed").asInt());
        JsonNode alert = status.get("alerts").get(0);
        assertEquals("L1", alert.get("level").asText());
        assertEquals(80, alert.get("thresholdPercent").asInt());
        assertEquals(1, status.get("alerts").size());

        Reply manager = server.get("/projects/ACME/months/2026-04/status", MANAGER);
        assertTrue(manager.json().get("moneyVisible").asBoolean());
        assertEquals(0, new BigDecimal("70.00").compareTo(decimal(manager.json().get("levels").get(0).get("hourlyRate"))));
        assertTrue(manager.text().contains("\"hourlyRate\":90.00"));
    }

    @Test
    public void dashboardListsOnlyTheContractsTheCallerMaySee() {
        Reply agent = server.get("/statuses?month=2026-04", AGENT);
        assertEquals(agent.toString(), 200, agent.status);
        assertEquals(1, agent.json().size());
        assertEquals("ACME", agent.json().get(0).get("projectKey").asText());
        assertEquals("Acme GmbH", agent.json().get(0).get("projectName").asText());

        Reply admin = server.get("/statuses?month=2026-04", ADMIN);
        assertEquals(2, admin.json().size());
        assertEquals("BETA", admin.json().get(1).get("projectKey").asText());
        assertEquals(30, admin.json().get(1).get("levels").get(0).get("usedMinutes").asLong());
        assertTrue(admin.json().get(1).get("moneyVisible").asBoolean());

        Reply outsider = server.get("/statuses?month=2026-04", OUTSIDER);
        assertEquals(200, outsider.status);
        assertEquals(0, outsider.json().size());

        Reply january = server.get("/statuses?month=2026-01", ADMIN);
        assertEquals("BETA starts in February", 1, january.json().size());
    }

    @Test
    public void billingReportOfAMonthPerLevelAndTicket() {
        Reply reply = server.get("/projects/ACME/months/2026-03/billing", MANAGER);
        assertEquals(reply.toString(), 200, reply.status);
        JsonNode report = reply.json();
        assertEquals("EUR", report.get("currency").asText());
        assertEquals("NOT_BILLED", report.get("overagePolicy").asText());
        assertFalse(report.get("closed").asBoolean());
        JsonNode l1 = report.get("levels").get(0);
        assertEquals("L1", l1.get("level").asText());
        assertEquals(480, l1.get("baseMinutes").asLong());
        assertEquals(480, l1.get("availableMinutes").asLong());
        assertEquals(140, l1.get("figures").get("billedMinutes").asLong());
        assertTrue(reply.text(), reply.text().contains("\"amount\":163.33"));
        assertEquals(2, l1.get("tickets").size());
        assertEquals("ACME-1", l1.get("tickets").get(0).get("issueKey").asText());
        assertEquals("Printer offline", l1.get("tickets").get(0).get("summary").asText());
        assertEquals(130, l1.get("tickets").get(0).get("figures").get("billedMinutes").asLong());
        JsonNode l2 = report.get("levels").get(1);
        assertEquals(180, l2.get("figures").get("billedMinutes").asLong());
        assertEquals(NASTY_SUMMARY, l2.get("tickets").get(0).get("summary").asText());
        assertTrue(reply.text().contains("\"amount\":240.00"));
        JsonNode totals = report.get("totals");
        assertEquals(320, totals.get("billedMinutes").asLong());
        assertEquals(0, new BigDecimal("403.33").compareTo(decimal(totals.get("amount"))));
        assertEquals(0, new BigDecimal("403.33").compareTo(decimal(totals.get("invoiceAmount"))));
        assertEquals(0, report.get("adjustments").size());
    }

    @Test
    public void billingReportListsChangeRequestsOutsideTheLevels() {
        // approved 15 April 10:00; 60 min on ACME-2 (L2) afterwards: 60 min x 80.00 / 60 = 80.00
        ChangeRequestFixture.approve(server.host, RestTestServer.ACME, 2, "Export <format>", 240, SupportLevel.L3,
                "Dana Decider");
        server.host.log(30, 2, RestTestServer.ACME, "2026-04-16T09:00", 60 * 60);
        Reply reply = server.get("/projects/ACME/months/2026-04/billing", MANAGER);
        assertEquals(reply.toString(), 200, reply.status);
        JsonNode report = reply.json();
        assertEquals("the level keeps only the support work", 90,
                report.get("levels").get(1).get("figures").get("billedMinutes").asLong());
        JsonNode cr = report.get("changeRequests").get(0);
        assertEquals("ACME-2", cr.get("issueKey").asText());
        assertEquals("APPROVED", cr.get("state").asText());
        assertEquals("Export <format>", cr.get("scope").asText());
        assertEquals(240, cr.get("estimateMinutes").asLong());
        assertEquals("L3", cr.get("estimateLevel").asText());
        assertEquals("Dana Decider", cr.get("approvedBy").asText());
        assertTrue(cr.get("approvedViaLink").asBoolean());
        assertEquals(60, cr.get("minutesThisMonth").asLong());
        assertEquals(60, cr.get("minutesToDate").asLong());
        assertEquals(25, cr.get("percentOfEstimate").asInt());
        assertEquals("L2", cr.get("lines").get(0).get("level").asText());
        assertEquals(0, new BigDecimal("80.00").compareTo(decimal(cr.get("amount"))));
        JsonNode totals = report.get("totals");
        assertEquals(0, new BigDecimal("80.00").compareTo(decimal(totals.get("changeRequestsAmount"))));
        // April's level lines (L1 400 min x 70 = 466.67, L2 90 min x 80 = 120.00) plus 80.00
        assertEquals(0, new BigDecimal("666.67").compareTo(decimal(totals.get("invoiceAmount"))));

        String csv = new String(server.send("GET", "/projects/ACME/months/2026-04/billing.csv", MANAGER, null, null,
                null).body(), StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> records;
        try {
            records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1)))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.apache.commons.csv.CSVRecord line = records.stream().filter(r -> r.get(0).equals("Change request"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Change request", "2026-04", "L2", "ACME-2", "0", "0", "0", "60", "80.00", "80.00",
                "EUR"), List.of(line.get(0), line.get(1), line.get(2), line.get(3), line.get(5), line.get(6),
                line.get(7), line.get(8), line.get(9), line.get(10), line.get(11)));
        org.apache.commons.csv.CSVRecord total = records.get(records.size() - 1);
        assertEquals("Total", total.get(0));
        assertEquals("666.67", total.get(10));
    }

    @Test
    public void billingReportShowsAdjustmentsOfAClosedMonth() {
        RestFixture.closeBeforeMarch(server.host);
        assertEquals(200, server.call("POST", "/projects/ACME/months/2026-03/close", ADMIN, "{}").status);
        server.host.log(5, 1, RestTestServer.ACME, "2026-03-20T10:00", 30 * 60);
        Reply april = server.get("/projects/ACME/months/2026-04/billing", MANAGER);
        assertEquals(april.toString(), 200, april.status);
        JsonNode adjustment = april.json().get("adjustments").get(0);
        assertEquals("2026-03", adjustment.get("closedMonth").asText());
        assertEquals(0, new BigDecimal("35.00").compareTo(decimal(adjustment.get("amount"))));
        assertEquals(30, adjustment.get("levels").get(0).get("figures").get("billedMinutes").asLong());
        assertEquals("ACME-1", adjustment.get("tickets").get(0).get("issueKey").asText());
        assertEquals(0, new BigDecimal("35.00").compareTo(decimal(april.json().get("totals").get("adjustmentsAmount"))));

        Reply march = server.get("/projects/ACME/months/2026-03/billing", MANAGER);
        assertTrue(march.json().get("closed").asBoolean());
        assertEquals(ADMIN, march.json().get("closedBy").asText());
        assertEquals("the closed snapshot never changes", 0,
                new BigDecimal("403.33").compareTo(decimal(march.json().get("totals").get("amount"))));

        String csv = new String(server.send("GET", "/projects/ACME/months/2026-04/billing.csv", MANAGER, null, null,
                null).body(), StandardCharsets.UTF_8);
        assertTrue(csv, csv.contains("\r\n\"Adjustment ticket\",\"2026-03\",\"L1\",\"ACME-1\",\"Printer offline\","
                + "30,0,0,30,,35.00,\"EUR\"\r\n"));
        assertTrue(csv, csv.contains("\r\n\"Adjustment level\",\"2026-03\",\"L1\",\"\",\"\",30,0,0,30,,35.00,\"EUR\"\r\n"));
    }

    @Test
    public void billingCsvIsRfc4180WithBomAndQuotedText() {
        var response = server.send("GET", "/projects/ACME/months/2026-03/billing.csv", MANAGER, null, null, null);
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"support-contingent-ACME-2026-03.csv\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        byte[] bytes = response.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue("every record ends with CRLF", csv.endsWith("\r\n"));
        assertFalse("no bare LF outside quotes", csv.replace("\r\n", "").replace("breaks\nthe", "").contains("\n"));
        List<String> records = new ArrayList<>(Arrays.asList(csv.split("\r\n")));
        assertEquals("\"Type\",\"Month\",\"Level\",\"Issue\",\"Summary\",\"In contingent (min)\",\"Over contingent (min)\","
                + "\"Suspended (min)\",\"Billed (min)\",\"Hourly rate\",\"Amount\",\"Currency\"", records.get(0));
        assertEquals("\"Ticket\",\"2026-03\",\"L1\",\"ACME-1\",\"Printer offline\",130,0,0,130,70.00,151.67,\"EUR\"",
                records.get(1));
        assertEquals("\"Ticket\",\"2026-03\",\"L1\",\"ACME-3\",\"'=SUM(A1:A9)\",10,0,0,10,70.00,11.66,\"EUR\"",
                records.get(2));
        assertEquals("\"Level\",\"2026-03\",\"L1\",\"\",\"\",140,0,0,140,70.00,163.33,\"EUR\"", records.get(3));
        assertEquals("\"Ticket\",\"2026-03\",\"L2\",\"ACME-2\",\"Says \"\"hello\"\", then breaks\nthe line "
                + "<script>alert(1)</script>\",180,0,0,180,80.00,240.00,\"EUR\"", records.get(4));
        assertEquals("\"Level\",\"2026-03\",\"L2\",\"\",\"\",180,0,0,180,80.00,240.00,\"EUR\"", records.get(5));
        assertEquals("\"Level\",\"2026-03\",\"L3\",\"\",\"\",0,0,0,0,90.00,0.00,\"EUR\"", records.get(6));
        assertEquals("\"Total\",\"2026-03\",\"\",\"\",\"\",320,0,0,320,,403.33,\"EUR\"", records.get(7));
        assertEquals(8, records.size());
    }

    @Test
    public void billingCsvSpeaksGermanToAGermanUser() {
        var response = server.send("GET", "/projects/ACME/months/2026-03/billing.csv", MANAGER, null, null, "de");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        // German spreadsheets: semicolons between the fields, decimal commas
        assertTrue(csv, csv.startsWith("\uFEFF\"Art\";\"Monat\";\"Level\";\"Vorgang\";\"Zusammenfassung\";"
                + "\"Im Kontingent (Min.)\";\"\u00dcber Kontingent (Min.)\";\"Ausgesetzt (Min.)\";\"Abgerechnet (Min.)\";"
                + "\"Stundensatz\";\"Betrag\";\"W\u00e4hrung\"\r\n"));
        assertTrue(csv.contains("\r\n\"Level\";\"2026-03\";\"L1\";\"\";\"\";140;0;0;140;70,00;163,33;\"EUR\"\r\n"));
        assertTrue(csv.contains("\r\n\"Summe\";\"2026-03\";\"\";\"\";\"\";320;0;0;320;;403,33;\"EUR\"\r\n"));

        // the other convention on request
        String commas = new String(server.send("GET", "/projects/ACME/months/2026-03/billing.csv?separator=comma",
                MANAGER, null, null, "de").body(), StandardCharsets.UTF_8);
        assertTrue(commas, commas.contains("\r\n\"Summe\",\"2026-03\",\"\",\"\",\"\",320,0,0,320,,403.33,\"EUR\"\r\n"));
    }

    @Test
    public void billingCsvUsesCommasForAnEnglishUserAndSemicolonsOnRequest() {
        String csv = new String(server.send("GET", "/projects/ACME/months/2026-03/billing.csv", MANAGER, null, null,
                "en").body(), StandardCharsets.UTF_8);
        assertTrue(csv, csv.contains("\r\n\"Total\",\"2026-03\",\"\",\"\",\"\",320,0,0,320,,403.33,\"EUR\"\r\n"));
        String semicolons = new String(server.send("GET",
                "/projects/ACME/months/2026-03/billing.csv?separator=semicolon", MANAGER, null, null, "en").body(),
                StandardCharsets.UTF_8);
        assertTrue(semicolons, semicolons.contains("\r\n\"Total\";\"2026-03\";\"\";\"\";\"\";320;0;0;320;;403,33;\"EUR\"\r\n"));

        Reply bad = server.call("GET", "/projects/ACME/months/2026-03/billing.csv?separator=tab", MANAGER, null);
        assertEquals(bad.toString(), 400, bad.status);
        assertEquals(bad.text(), "separator", bad.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void billingSheetIsAnExcelDownloadNamedByProjectAndMonth() {
        var response = server.send("GET", "/projects/ACME/months/2026-03/billing.xls", MANAGER, null, null, "de");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.ms-excel"));
        assertEquals("attachment; filename=\"billing-ACME-2026-03.xls\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        String sheet = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(sheet, sheet.contains("class=\"sc-money sc-invoice\" x:num=\"403.33\""));
        assertTrue(sheet, sheet.contains("Betrag (EUR)"));
        assertEquals(403, server.send("GET", "/projects/ACME/months/2026-03/billing.xls", AGENT, null, null, "de")
                .statusCode());
    }

    @Test
    public void topUpRaisesTheAvailableMinutesOfThatMonth() {
        Reply reply = server.call("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER,
                "{\"level\": \"L1\", \"minutes\": 120, \"reason\": \"Customer approved 2 h more\"}");
        assertEquals(reply.toString(), 201, reply.status);
        assertEquals("L1", reply.json().get("level").asText());
        assertEquals(120, reply.json().get("minutes").asLong());
        assertEquals(MANAGER, reply.json().get("grantedBy").asText());
        JsonNode status = server.get("/projects/ACME/months/2026-04/status", AGENT).json();
        assertEquals(600, status.get("levels").get(0).get("availableMinutes").asLong());
        assertEquals(66, status.get("levels").get(0).get("percentUsed").asInt());
        assertEquals(120, status.get("topUps").get(0).get("minutes").asLong());
    }

    @Test
    public void suspendAndResumeSupport() {
        Reply suspended = server.call("POST", "/projects/ACME/suspensions", MANAGER,
                "{\"level\": \"L1\", \"reason\": \"No more budget this month\"}");
        assertEquals(suspended.toString(), 201, suspended.status);
        assertEquals("L1", suspended.json().get("level").asText());
        assertEquals("2026-04", suspended.json().get("month").asText());
        assertTrue(server.get("/projects/ACME/months/2026-04/status", AGENT).json().get("levels").get(0)
                .get("suspended").asBoolean());

        Reply resumed = server.call("POST", "/projects/ACME/suspensions/resume", MANAGER, "{\"level\": \"L1\"}");
        assertEquals(resumed.toString(), 200, resumed.status);
        assertEquals(MANAGER, resumed.json().get(0).get("resumedBy").asText());
        assertFalse(server.get("/projects/ACME/months/2026-04/status", AGENT).json().get("levels").get(0)
                .get("suspended").asBoolean());

        Reply all = server.call("POST", "/projects/ACME/suspensions", ADMIN, "{}");
        assertEquals(all.toString(), 201, all.status);
        assertTrue(all.json().get("level").isNull());
        assertEquals(200, server.call("POST", "/projects/ACME/suspensions/resume", ADMIN, "{}").status);
    }

    @Test
    public void closingAMonthFreezesItsAmount() {
        RestFixture.closeBeforeMarch(server.host);
        // no body needed, but sent as JSON (every write is)
        Reply reply = server.reply(server.send("POST", "/projects/ACME/months/2026-03/close", ADMIN,
                "application/json", "", null));
        assertEquals(reply.toString(), 200, reply.status);
        assertEquals("2026-03", reply.json().get("month").asText());
        assertEquals(ADMIN, reply.json().get("closedBy").asText());
        assertEquals(0, new BigDecimal("403.33").compareTo(decimal(reply.json().get("amount"))));
        assertEquals("2026-03", server.get("/projects/ACME/contract", MANAGER).json().get("latestClosedMonth").asText());
    }

    @Test
    public void correctingALevelMovesTheMinutes() {
        Reply reply = server.call("PUT", "/projects/ACME/bookings/10/level", MANAGER,
                "{\"level\": \"L2\", \"reason\": \"Was a defect analysis\"}");
        assertEquals(reply.toString(), 200, reply.status);
        assertEquals("L2", reply.json().get("level").asText());
        assertEquals(400, reply.json().get("billedMinutes").asLong());
        JsonNode status = server.get("/projects/ACME/months/2026-04/status", AGENT).json();
        assertEquals(0, status.get("levels").get(0).get("usedMinutes").asLong());
        assertEquals(490, status.get("levels").get(1).get("usedMinutes").asLong());
        assertEquals("CORRECT_LEVEL", server.get("/projects/ACME/audit", MANAGER).json().get(0).get("action").asText());
    }

    @Test
    public void aBookingOfAnotherProjectIsNotFound() {
        server.host.rights.projectAdmin(MANAGER, RestTestServer.BETA);
        Reply reply = server.call("PUT", "/projects/BETA/bookings/10/level", MANAGER, "{\"level\": \"L2\"}");
        assertEquals(reply.toString(), 404, reply.status);
        assertNull(reply.errorFields().get(0));
    }
}
