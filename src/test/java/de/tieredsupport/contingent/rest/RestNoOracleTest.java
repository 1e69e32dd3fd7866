package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestFixture.PARTNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;

/**
 * Issue 12, no oracle for outsiders: a caller who may not see a project gets, for every request about it, exactly the
 * answer of a project key that does not exist (404, same body), whatever the project holds (contract, months,
 * bookings) and whatever else is wrong with the request; a caller who sees the project but lacks the right gets 403
 * before any booking or month is looked up; and no message carries an internal id. Before, the booking was looked up
 * before the permission check (403 booked against 404 not booked), projects answered 403 against 404 for unknown
 * keys, and 404 texts read "No booking for worklog 1 in project 10001".
 */
public class RestNoOracleTest {

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    /** Paths about ACME: booked and unbooked worklogs, months with and without terms, odd parameters. */
    private static final String[][] REQUESTS = {
        {"GET", "/projects/ACME/contract", null},
        {"GET", "/projects/ACME/contract/terms", null},
        {"GET", "/projects/ACME/audit", null},
        {"GET", "/projects/ACME/audit?limit=0", null},
        {"GET", "/projects/ACME/months/2026-04/status", null},
        {"GET", "/projects/ACME/months/2020-01/status", null},
        {"GET", "/projects/ACME/months/2026-13/status", null},
        {"GET", "/projects/ACME/months/2026-04/bookings", null},
        {"GET", "/projects/ACME/months/2020-01/bookings?maxResults=0", null},
        {"GET", "/projects/ACME/months/2026-03/billing", null},
        {"GET", "/projects/ACME/months/2020-01/billing", null},
        {"GET", "/projects/ACME/months/2026-03/billing.csv", null},
        {"GET", "/projects/ACME/months/2026-03/billing.xls", null},
        {"PUT", "/projects/ACME/contract/terms/2026-05", "{\"levels\": {}}"},
        {"PUT", "/projects/ACME/contract/terms/1900-01", "{}"},
        {"POST", "/projects/ACME/months/2026-04/top-ups", "{\"level\": \"L1\", \"minutes\": 60}"},
        {"POST", "/projects/ACME/months/2020-01/top-ups", "{\"level\": \"L1\", \"minutes\": 60}"},
        {"POST", "/projects/ACME/suspensions", "{\"level\": \"L2\"}"},
        {"POST", "/projects/ACME/suspensions/resume", "{}"},
        {"POST", "/projects/ACME/months/2026-03/close", "{}"},
        {"POST", "/projects/ACME/months/2026-04/close", "{}"},
        {"PUT", "/projects/ACME/bookings/10/level", "{\"level\": \"L2\"}"},
        {"PUT", "/projects/ACME/bookings/999/level", "{\"level\": \"L2\"}"},
        {"PUT", "/projects/ACME/bookings/20/level", "{\"level\": \"L2\"}"},
        {"PUT", "/projects/ACME/bookings/abc/level", "{\"level\": \"L2\"}"},
    };

    @Test
    public void callersWhoMayNotSeeAProjectGetTheAnswerOfAnUnknownKey() {
        String before = server.snapshot();
        List<String> wrong = new ArrayList<>();
        for (String caller : new String[] {OUTSIDER, PARTNER}) {
            for (String[] template : REQUESTS) {
                for (String key : new String[] {"ACME", "GAMMA"}) {
                    String path = template[1].replace("/ACME/", "/" + key + "/");
                    Reply hidden = server.call(template[0], path, caller, template[2]);
                    Reply unknown = server.call(template[0], template[1].replace("/ACME/", "/NOPE/"), caller,
                            template[2]);
                    Reply german = server.reply(server.send(template[0], path, caller,
                            template[2] == null ? null : "application/json", template[2], "de"));
                    if (hidden.status != 404 || !hidden.text().equals(unknown.text())
                            || !hidden.errorFields().equals(List.of("projectKey"))
                            || !german.firstMessage().equals("Es gibt kein Projekt mit diesem Schl\u00fcssel, das "
                                    + "Sie sehen d\u00fcrfen.")) {
                        wrong.add(caller + " " + template[0] + " " + path + ": " + hidden + " / unknown: "
                                + unknown + " / de: " + german);
                    }
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals("There is no project with this key that you can see.",
                server.get("/projects/ACME/contract", OUTSIDER).firstMessage());
        assertEquals(before, server.snapshot());
    }

    @Test
    public void aBrowserWithoutTheRightIsRefusedBeforeBookingsAndMonthsAreLookedUp() {
        String before = server.snapshot();
        List<String> answers = new ArrayList<>();
        // worklog 10 is booked in ACME, 20 in BETA, 999 nowhere; 2026-03 has terms, 2020-01 none
        for (String path : new String[] {"/projects/ACME/bookings/10/level", "/projects/ACME/bookings/20/level",
            "/projects/ACME/bookings/999/level"}) {
            answers.add(server.call("PUT", path, AGENT, "{\"level\": \"L2\"}").toString());
        }
        for (String month : new String[] {"2026-03", "2020-01", "2026-13"}) {
            answers.add(server.get("/projects/ACME/months/" + month + "/billing", AGENT).toString());
            answers.add(server.call("POST", "/projects/ACME/months/" + month + "/close", AGENT, "{}").toString());
        }
        for (String answer : answers) {
            assertEquals(answers.get(0), answer);
        }
        assertEquals("403 application/json {\"errors\":[{\"field\":null,\"message\":"
                + "\"You do not have the permission for this in this project.\"}]}", answers.get(0));
        assertEquals(before, server.snapshot());
    }

    @Test
    public void aManagerOfAnotherProjectLearnsNothingAboutItsBookings() {
        // the partner manages BETA; worklog 10 is booked in ACME, 999 nowhere
        Reply acmeWorklog = server.call("PUT", "/projects/BETA/bookings/10/level", PARTNER, "{\"level\": \"L2\"}");
        Reply noWorklog = server.call("PUT", "/projects/BETA/bookings/999/level", PARTNER, "{\"level\": \"L2\"}");
        assertEquals(404, acmeWorklog.status);
        assertEquals(noWorklog.text(), acmeWorklog.text());
        assertEquals("This project has no active booking of that worklog.", acmeWorklog.firstMessage());
        assertEquals(200, server.call("PUT", "/projects/BETA/bookings/20/level", PARTNER, "{\"level\": \"L2\"}")
                .status);
    }

    @Test
    public void messagesCarryNoInternalIds() {
        List<Reply> refusals = new ArrayList<>();
        refusals.add(server.call("PUT", "/projects/ACME/bookings/20/level", MANAGER, "{\"level\": \"L2\"}"));
        refusals.add(server.call("PUT", "/projects/ACME/bookings/999/level", ADMIN, "{\"level\": \"L2\"}"));
        refusals.add(server.get("/projects/ACME/months/2020-01/status", ADMIN));
        refusals.add(server.get("/projects/ACME/months/2020-01/billing", ADMIN));
        refusals.add(server.call("POST", "/projects/ACME/months/2020-01/top-ups", ADMIN,
                "{\"level\": \"L1\", \"minutes\": 60}"));
        refusals.add(server.get("/projects/NOPE/contract", ADMIN));
        refusals.add(server.get("/projects/ACME/audit", AGENT));
        refusals.add(server.call("POST", "/projects/ACME/suspensions/resume", ADMIN, "{}"));
        refusals.add(server.get("/projects/GAMMA/contract", ADMIN));
        for (Reply refusal : refusals) {
            String text = refusal.text();
            for (String id : new String[] {"10000", "10001", "10002", "999", "20"}) {
                assertFalse(text, text.replace("2026", "").replace("2020", "").contains(id));
            }
        }
        assertEquals("The contract has no terms in force in 2020-01.", refusals.get(2).firstMessage());
        assertEquals("This project has no support contract.", refusals.get(refusals.size() - 1).firstMessage());
        assertEquals(404, refusals.get(refusals.size() - 1).status);
        Reply german = server.reply(server.send("GET", "/projects/ACME/months/2020-01/status", ADMIN, null, null,
                "de"));
        assertEquals("Der Vertrag hat im Monat 2020-01 keine geltenden Konditionen.", german.firstMessage());
    }
}
