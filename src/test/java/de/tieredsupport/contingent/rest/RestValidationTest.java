package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;

/**
 * Bad input gives a 400 (or 415 for a non-JSON body) naming the field, in the caller's language, and never
 * changes stored data; repeated decisions give a 409 and change nothing. No input reaches a 500.
 */
public class RestValidationTest {

    private static final String TERMS_PATH = "/projects/ACME/contract/terms/2026-05";
    private static final String TOP_UP_PATH = "/projects/ACME/months/2026-04/top-ups";

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    private static String terms(String l1, String extra) {
        return "{\"levels\": {\"L1\": " + l1 + ", \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80},"
                + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 90}}" + extra + "}";
    }

    /** Sends, expects the status and the named fields, and that nothing stored changed. */
    private Reply rejected(String method, String path, String body, int status, String... fields) {
        String before = server.snapshot();
        Reply reply = server.call(method, path, MANAGER, body);
        assertEquals(reply.toString(), status, reply.status);
        assertTrue(reply.toString(), reply.contentType.startsWith("application/json"));
        assertEquals(reply.toString(), java.util.Arrays.asList(fields), reply.errorFields());
        assertEquals("a rejected request changed the stores", before, server.snapshot());
        return reply;
    }

    @Test
    public void malformedJsonNamesTheBody() {
        Reply reply = rejected("PUT", TERMS_PATH, "{\"levels\": {", 400, "body");
        assertTrue(reply.toString(), reply.firstMessage().startsWith("The JSON is malformed"));
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}", "") + " trailing", 400,
                "body");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"level\": \"L2\", \"minutes\": 60}", 400, "body");
    }

    @Test
    public void unknownFieldsAreNamedByTheirPath() {
        Reply reply = rejected("PUT", TERMS_PATH,
                terms("{\"contingentMinutes\": 480, \"rateAmount\": 70, \"colour\": \"red\"}", ""), 400,
                "levels.L1.colour");
        assertEquals(reply.toString(), "Unknown field levels.L1.colour.", reply.firstMessage());
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 60, \"approved\": true}", 400, "approved");
        rejected("POST", "/projects/ACME/suspensions/resume", "{\"reason\": \"x\"}", 400, "reason");
    }

    @Test
    public void wrongTypesAreNamedByTheirPath() {
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": \"lots\", \"rateAmount\": 70}", ""), 400,
                "levels.L1.contingentMinutes");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480.5, \"rateAmount\": 70}", ""), 400,
                "levels.L1.contingentMinutes");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": \"70\"}", ""), 400,
                "levels.L1.rateAmount");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}",
                ", \"thresholds\": [80, \"ninety\"]"), 400, "thresholds[1]");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}",
                ", \"levels\": []"), 400, "body");
        rejected("PUT", TERMS_PATH, "[]", 400, "body");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": \"60\"}", 400, "minutes");
        rejected("POST", TOP_UP_PATH, "{\"level\": 1, \"minutes\": 60}", 400, "level");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 99999999999999999999999}", 400, "minutes");
    }

    @Test
    public void businessRulesOfTermsNameEachField() {
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": -60, \"rateAmount\": -1}",
                ", \"thresholds\": [150], \"recipients\": [\"not-an-address\"], \"zoneId\": \"Mars/Olympus\","
                        + " \"rounding\": {\"incrementMinutes\": 0}, \"overagePolicy\": \"SOMETIMES\""),
                400, "zoneId", "rounding.incrementMinutes", "overagePolicy", "levels.L1.contingentMinutes",
                "levels.L1.rateAmount", "thresholds[0]", "recipients[0]");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 482, \"rateAmount\": 70.001}", ""), 400,
                "levels.L1.contingentMinutes", "levels.L1.rateAmount");
        rejected("PUT", TERMS_PATH, "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70}}}", 400,
                "levels.L2", "levels.L3");
        rejected("PUT", TERMS_PATH, "{}", 400, "levels");
        Reply makers = rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}",
                ", \"decisionMakers\": [{\"name\": \"\", \"email\": \"x@y.example\", \"language\": \"fr\"},"
                        + " null, {\"name\": \"B\", \"email\": \"nobody\", \"language\": \"de\"}],"
                        + " \"decisionThreshold\": 90"),
                400, "decisionMakers[0].name", "decisionMakers[0].language", "decisionMakers[1]",
                "decisionMakers[2].email", "decisionThreshold");
        assertTrue(makers.toString(), makers.toString().contains("nobody is not a valid e-mail address."));
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}",
                ", \"currency\": \"USD\""), 400, "currency");
    }

    @Test
    public void serviceHoursAndHolidaysNameEachField() {
        String l1 = "{\"contingentMinutes\": 480, \"rateAmount\": 70}";
        rejected("PUT", TERMS_PATH, terms(l1, ", \"serviceHours\": {\"MONDAY\": \"10-16\", \"TUESDAY\": \"16:00-10:00\","
                + " \"FUNDAY\": \"10:00-12:00\"}"), 400, "serviceHours.MONDAY", "serviceHours.TUESDAY",
                "serviceHours.FUNDAY");
        rejected("PUT", TERMS_PATH, terms(l1, ", \"serviceHours\": {}"), 400, "serviceHours");
        rejected("PUT", TERMS_PATH, terms(l1, ", \"holidays\": {\"country\": \"XX\"}"), 400, "holidays.country");
        Reply region = rejected("PUT", TERMS_PATH, terms(l1, ", \"holidays\": {\"country\": \"DE\", \"region\": \"XY\"}"),
                400, "holidays.region");
        assertEquals(region.toString(), "XY is not a region of DE.", region.firstMessage());
        rejected("PUT", TERMS_PATH, terms(l1, ", \"holidays\": {\"region\": \"NW\"}"), 400, "holidays.country");
        rejected("PUT", TERMS_PATH, terms(l1, ", \"serviceHours\": {\"MONDAY\": 10}"), 400, "serviceHours.MONDAY");
        rejected("PUT", TERMS_PATH, terms(l1, ", \"holidays\": {\"country\": \"DE\", \"state\": \"NW\"}"), 400,
                "holidays.state");
    }

    @Test
    public void absurdNumbersAreBounded() {
        Reply huge = rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 1000000000000, \"rateAmount\": 1E+12}",
                ""), 400, "levels.L1.contingentMinutes", "levels.L1.rateAmount");
        // bounds named in the unit of the field (minutes, with the hours people think in) and for what they bound
        assertEquals(huge.toString(), "Enter at most 6,000,000 minutes (100,000 hours).", huge.firstMessage());
        assertTrue(huge.toString(), huge.toString().contains("The hourly rate may be at most 1,000,000."));
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 100000000}", 400, "minutes");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 6000005}", 400, "minutes");
        // a bound exceeded hides no other problem: every bad field is named once, all at once
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 99000000, \"rateAmount\": 70}",
                ", \"thresholds\": [0], \"recipients\": [\"nobody\"]"), 400, "levels.L1.contingentMinutes",
                "thresholds[0]", "recipients[0]");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": -5}", 400, "minutes");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 7}", 400, "minutes");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 0}", 400, "minutes");
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            longText.append('x');
        }
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"" + longText + "\"}", 400,
                "reason");
        Reply limit = server.get("/projects/ACME/audit?limit=0", MANAGER);
        assertEquals(limit.toString(), 400, limit.status);
        assertEquals(List.of("limit"), limit.errorFields());
        assertEquals(List.of("limit"), server.get("/projects/ACME/audit?limit=ten", MANAGER).errorFields());
    }

    @Test
    public void impossibleMonthsAreRefused() {
        for (String month : new String[] {"2026-13", "2026-00", "2026-4", "26-04", "+99999-01", "9999-01", "april"}) {
            Reply status = server.get("/projects/ACME/months/" + month + "/status", MANAGER);
            assertEquals(month + ": " + status, 400, status.status);
            assertEquals(List.of("month"), status.errorFields());
        }
        rejected("PUT", "/projects/ACME/contract/terms/2026-13",
                terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}", ""), 400, "effectiveMonth");
        rejected("POST", "/projects/ACME/months/2026-13/top-ups", "{\"level\": \"L1\", \"minutes\": 60}", 400,
                "month");
        rejected("POST", "/projects/ACME/months/2026-13/close", "{}", 400, "month");
        assertEquals(List.of("month"), server.get("/statuses", MANAGER).errorFields());
        assertEquals(List.of("month"), server.get("/statuses?month=2026-13", MANAGER).errorFields());
    }

    @Test
    public void requiredFieldsAndIds() {
        rejected("POST", TOP_UP_PATH, "{\"minutes\": 60}", 400, "level");
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L4\"}", 400, "level", "minutes");
        rejected("POST", "/projects/ACME/suspensions", "{\"level\": \"ALL\"}", 400, "level");
        rejected("PUT", "/projects/ACME/bookings/abc/level", "{\"level\": \"L2\"}", 400, "worklogId");
        rejected("PUT", "/projects/ACME/bookings/10/level", "{}", 400, "level");
        rejected("PUT", "/projects/ACME/bookings/999/level", "{\"level\": \"L2\"}", 404, (String) null);
    }

    @Test
    public void missingBodyIsNamed() {
        String before = server.snapshot();
        for (String[] call : new String[][] {{"PUT", TERMS_PATH}, {"POST", TOP_UP_PATH},
                {"POST", "/projects/ACME/suspensions"}, {"POST", "/projects/ACME/suspensions/resume"},
                {"PUT", "/projects/ACME/bookings/10/level"}}) {
            Reply reply = server.reply(server.send(call[0], call[1], MANAGER, "application/json", "", null));
            assertEquals(call[1] + ": " + reply, 400, reply.status);
            assertEquals(call[1], List.of("body"), reply.errorFields());
        }
        assertEquals(before, server.snapshot());
    }

    @Test
    public void stateChangesNeedJsonContent() {
        String before = server.snapshot();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            Reply reply = server.reply(server.send("POST", "/projects/ACME/months/2026-03/close", ADMIN, type,
                    "x=1", null));
            assertEquals(type + ": " + reply, 415, reply.status);
            assertEquals("Send the request body as application/json.", reply.firstMessage());
            Reply topUp = server.reply(server.send("POST", TOP_UP_PATH, MANAGER, type,
                    "{\"level\": \"L1\", \"minutes\": 60}", null));
            assertEquals(415, topUp.status);
        }
        assertEquals(before, server.snapshot());
    }

    @Test
    public void messagesSpeakTheCallersLanguage() {
        Reply german = server.reply(server.send("GET", "/projects/ACME/months/2026-13/status", MANAGER, null, null,
                "de"));
        assertEquals("2026-13 ist kein Monat wie 2026-04.", german.firstMessage());
        Reply english = server.get("/projects/ACME/months/2026-13/status", MANAGER);
        assertEquals("2026-13 is not a month like 2026-04.", english.firstMessage());
        Reply maker = server.reply(server.send("PUT", TERMS_PATH, MANAGER, "application/json", terms(
                "{\"contingentMinutes\": 480, \"rateAmount\": 70}", ", \"decisionMakers\": [{\"name\": \"A\","
                        + " \"email\": \"a@b.example\", \"language\": \"fr\"}]"), "de"));
        assertEquals(400, maker.status);
        assertEquals("Die Sprache fr ist nicht en oder de.", maker.firstMessage());
        Reply denied = server.reply(server.send("GET", "/projects/ACME/audit", RestFixture.AGENT, null, null, "de"));
        assertEquals(403, denied.status);
        assertEquals("Daf\u00fcr fehlt Ihnen in diesem Projekt die Berechtigung.", denied.firstMessage());
        Reply anonymous = server.get("/projects/ACME/contract", null);
        assertEquals(401, anonymous.status);
        assertEquals("Log in to use this resource.", anonymous.firstMessage());
    }

    @Test
    public void closingTwiceIsAConflictAndChangesNothing() {
        RestFixture.closeBeforeMarch(server.host);
        assertEquals(200, server.call("POST", "/projects/ACME/months/2026-03/close", ADMIN, "{}").status);
        Reply again = rejected("POST", "/projects/ACME/months/2026-03/close", "{}", 409, (String) null);
        assertEquals("The month is already closed.", again.firstMessage());
        rejected("POST", "/projects/ACME/months/2026-04/close", "{}", 409, (String) null);
        rejected("POST", "/projects/ACME/months/2026-03/top-ups", "{\"level\": \"L1\", \"minutes\": 60}", 409,
                (String) null);
        rejected("PUT", "/projects/ACME/contract/terms/2026-03",
                terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}", ""), 400, "effectiveMonth");
    }

    @Test
    public void repeatedSuspendAndResumeAreConflicts() {
        assertEquals(201, server.call("POST", "/projects/ACME/suspensions", MANAGER, "{\"level\": \"L1\"}").status);
        rejected("POST", "/projects/ACME/suspensions", "{\"level\": \"L1\"}", 409, (String) null);
        assertEquals(200, server.call("POST", "/projects/ACME/suspensions/resume", MANAGER, "{}").status);
        rejected("POST", "/projects/ACME/suspensions/resume", "{}", 409, (String) null);
    }

    @Test
    public void noContractOrTermsIsNotFound() {
        Reply january = server.get("/projects/BETA/months/2026-01/status", ADMIN);
        assertEquals(january.toString(), 404, january.status);
        server.host.rights.projectAdmin(MANAGER, RestTestServer.BETA);
        Reply unknown = server.get("/projects/NOPE/months/2026-04/status", MANAGER);
        assertEquals(404, unknown.status);
        assertEquals(List.of("projectKey"), unknown.errorFields());
        Reply noPath = server.get("/nothing/here", MANAGER);
        assertEquals(404, noPath.status);
        assertTrue(noPath.contentType.startsWith("application/json"));
        Reply method = server.call("DELETE", "/projects/ACME/contract", MANAGER, null);
        assertEquals(405, method.status);
        assertTrue(method.contentType.startsWith("application/json"));
    }

    @Test
    public void auditLimitTakesOnlyAsciiDigits() {
        // Arabic-Indic and full-width digits are digits to Character.isDigit and Integer.parseInt
        for (String limit : new String[] {"%D9%A1", "%EF%BC%91%EF%BC%90", "0", "501", "1e2"}) {
            Reply reply = server.get("/projects/ACME/audit?limit=" + limit, MANAGER);
            assertEquals(limit + ": " + reply, 400, reply.status);
            assertEquals(limit + ": " + reply, List.of("limit"), reply.errorFields());
        }
        assertEquals(200, server.get("/projects/ACME/audit?limit=10", MANAGER).status);
    }

    @Test
    public void reasonsWithControlCharactersAreRefused() {
        Reply reply = rejected("POST", TOP_UP_PATH, "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"a\\u0000b\"}",
                400, "reason");
        assertEquals("Remove control characters and broken characters from this text.", reply.firstMessage());
        rejected("POST", "/projects/ACME/suspensions", "{\"reason\": \"\\ud800\"}", 400, "reason");
        rejected("PUT", "/projects/ACME/bookings/10/level", "{\"level\": \"L2\", \"reason\": \"\\u001b[2J\"}",
                400, "reason");
    }

    /** Issue 12: bidi overrides and zero-width characters were stored, so audit text could read other than it was. */
    @Test
    public void textsWithInvisibleFormatCharactersAreRefusedAtTheField() {
        Reply reply = rejected("POST", TOP_UP_PATH,
                "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"approved\\u202E by nobody\"}", 400, "reason");
        assertEquals("Remove invisible formatting characters (direction controls such as U+202E, zero-width "
                + "characters) from this text.", reply.firstMessage());
        Reply german = server.reply(server.send("POST", TOP_UP_PATH, MANAGER, "application/json",
                "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"zero\\u200Bwidth\"}", "de"));
        assertEquals(List.of("reason"), german.errorFields());
        assertEquals("Entfernen Sie unsichtbare Formatierungszeichen (Richtungssteuerzeichen wie U+202E, Zeichen "
                + "ohne Breite) aus diesem Text.", german.firstMessage());
        rejected("POST", "/projects/ACME/suspensions", "{\"reason\": \"\\u2066isolated\\u2069\"}", 400, "reason");
        rejected("PUT", "/projects/ACME/bookings/10/level", "{\"level\": \"L2\", \"reason\": \"\\uFEFF\"}", 400,
                "reason");
        rejected("PUT", TERMS_PATH, terms("{\"contingentMinutes\": 480, \"rateAmount\": 70}",
                ", \"zoneId\": \"Europe/Berlin\\u200B\""), 400, "zoneId");
        // other fields' errors come with it, all at once
        rejected("POST", TOP_UP_PATH, "{\"level\": \"L9\", \"minutes\": 60, \"reason\": \"a\\u00ADb\"}", 400,
                "level", "reason");
    }

    /** Issue 12: suspend and resume never checked that the month is open (a close stored by a node ahead in time). */
    @Test
    public void suspendingAndResumingInAClosedMonthAreConflicts() {
        assertEquals(201, server.call("POST", "/projects/ACME/suspensions", MANAGER, "{\"level\": \"L1\"}").status);
        java.time.YearMonth april = java.time.YearMonth.of(2026, 4);
        server.host.closes.saveIfAbsent(new de.tieredsupport.contingent.domain.MonthClose(RestTestServer.ACME, april,
                server.host.billingReport.report(ADMIN, RestTestServer.ACME, april).result(), List.of(), ADMIN,
                server.host.clock.instant()));
        Reply suspend = rejected("POST", "/projects/ACME/suspensions", "{\"level\": \"L2\"}", 409, (String) null);
        assertEquals("The month is closed.", suspend.firstMessage());
        Reply resume = rejected("POST", "/projects/ACME/suspensions/resume", "{}", 409, (String) null);
        assertEquals("The month is closed.", resume.firstMessage());
    }

    @Test
    public void garbageNeverReachesTheCatchAll() {
        String[] bodies = {"null", "true", "0", "\"text\"", "{\"levels\": null}", "{\"levels\": {\"L1\": null}}",
            "{\"levels\": {\"L1\": []}}", "{\"thresholds\": [null]}", "{\"recipients\": [null, 1]}",
            "{\"level\": null, \"minutes\": null}", "{\"minutes\": 1e400}", "{\"minutes\": -9223372036854775808}",
            "{\"levels\": {\"L1\": {\"rateAmount\": 1e-400}}}", "{\"rounding\": {\"incrementMinutes\": 2147483648}}",
            "\u0000", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"};
        String[][] endpoints = {{"PUT", TERMS_PATH}, {"POST", TOP_UP_PATH}, {"POST", "/projects/ACME/suspensions"},
            {"POST", "/projects/ACME/suspensions/resume"}, {"PUT", "/projects/ACME/bookings/10/level"}};
        String before = server.snapshot();
        List<String> problems = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (String body : bodies) {
                Reply reply = server.call(endpoint[0], endpoint[1], MANAGER, body);
                if (reply.status != 400 || !reply.contentType.startsWith("application/json")) {
                    problems.add(endpoint[1] + " " + body.substring(0, Math.min(body.length(), 60)) + " -> " + reply);
                }
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertEquals(before, server.snapshot());
    }
}
