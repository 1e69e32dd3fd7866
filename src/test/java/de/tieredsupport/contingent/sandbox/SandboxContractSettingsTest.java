package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/** The contract settings servlet as the sandbox host serves it, over HTTP, with the demo data. */
public class SandboxContractSettingsTest {

    private static final String PAGE = "/plugins/servlet/support-contingent/contract?projectKey=";
    private static final String SCRIPT = "/download/resources/de.tieredsupport.support-contingent:"
            + "contract-settings-resources/contract-settings.js";

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void adminGetsThePageWithTheSeedTermsAndItsOwnScript() throws Exception {
        HttpResponse<String> page = client.get(PAGE + "ACME", FakeUsers.ADMIN);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Support contract of ACME Maschinenbau GmbH"));
        assertTrue(html.contains("id=\"sc-L1-hours\""));
        assertTrue(html.contains("data-field=\"levels.L1.contingentMinutes\" value=\"8:00\""));
        assertTrue(html.contains("data-field=\"levels.L1.rateAmount\" value=\"70.00\""));
        assertTrue(html.contains("1st\u00a0level: 8h at \u20ac70.00"));
        assertTrue(html.contains("id=\"sc-zone-fixed\""));
        assertTrue(html.contains("data-rest-base=\"/jira/rest/support-contingent/1.0\""));
        YearMonth current = YearMonth.now(FakeJira.USER_ZONE);
        assertTrue("months up to the closed M-2 cannot get terms",
                html.contains("min=\"" + current.minusMonths(1) + "\""));
        assertTrue(html.contains("id=\"sc-audit\""));
        assertTrue(html.contains("<script src=\"/jira" + SCRIPT + "\" defer></script>"));

        HttpResponse<String> script = client.get(SCRIPT, FakeUsers.ADMIN);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("parseMinutes"));
        assertFalse("no HTML from server text", script.body().contains("innerHTML"));
        assertEquals(404, client.get("/download/resources/de.tieredsupport.support-contingent:"
                + "contract-settings-resources/../../atlassian-plugin.xml", FakeUsers.ADMIN).statusCode());
    }

    @Test
    public void projectAdminInGermanGetsGermanTexts() throws Exception {
        sandbox.jira().users.find(FakeUsers.MANAGER).setLocale(Locale.GERMAN);
        try {
            HttpResponse<String> page = client.get(PAGE + "ACME", FakeUsers.MANAGER);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Supportvertrag von ACME Maschinenbau GmbH"));
            assertTrue(page.body().contains("1st\u2011Level: 8h zu 70,00\u00a0\u20ac"));
            assertTrue(page.body().contains("Konditionen speichern"));
        } finally {
            sandbox.jira().users.find(FakeUsers.MANAGER).setLocale(Locale.ENGLISH);
        }
    }

    @Test
    public void agentsOutsidersAndAnonymousGetNoSettings() throws Exception {
        HttpResponse<String> agent = client.get(PAGE + "ACME", FakeUsers.AGENT);
        assertEquals(403, agent.statusCode());
        assertFalse(agent.body().contains("70.00"));
        assertTrue(agent.body().contains("Only project administrators and Jira administrators"));
        // those who may not see the project get the page of an unknown key (it must not tell which keys exist)
        for (String user : new String[] {FakeUsers.OUTSIDER, FakeUsers.PARTNER}) {
            HttpResponse<String> page = client.get(PAGE + "ACME", user);
            assertEquals(user, 404, page.statusCode());
            assertFalse(page.body().contains("70.00"));
            // the same page but for the key itself (which the page and the sandbox's frame repeat)
            assertEquals(user, client.get(PAGE + "NOPE", user).body(), page.body().replace("ACME", "NOPE"));
        }
        HttpResponse<String> anonymous = client.get(PAGE + "ACME", null);
        assertEquals(302, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.contains("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2F"
                + "support-contingent%2Fcontract%3FprojectKey%3DACME"));
        assertEquals(200, client.follow(anonymous, null).statusCode());
        assertEquals(404, client.get(PAGE + "NOPE", FakeUsers.ADMIN).statusCode());
    }

    @Test
    public void projectListLinksTheSettingsForManagersOnly() throws Exception {
        assertTrue(client.get("/", FakeUsers.MANAGER).body().contains(
                "href=\"/jira/plugins/servlet/support-contingent/contract?projectKey=ACME\""));
        assertFalse(client.get("/", FakeUsers.AGENT).body().contains("contract-settings"));
    }

    @Test
    public void termsSavedThroughRestShowInHistoryAndAuditEscaped() throws Exception {
        String month = YearMonth.now(FakeJira.USER_ZONE).plusMonths(2).toString();
        String levels = "{\"levels\":{\"L1\":{\"contingentMinutes\":450,\"rateAmount\":72.5},"
                + "\"L2\":{\"contingentMinutes\":720,\"rateAmount\":80},"
                + "\"L3\":{\"contingentMinutes\":720,\"rateAmount\":90}},";
        HttpResponse<String> markup = client.put("/rest/support-contingent/1.0/projects/NORD/contract/terms/" + month,
                FakeUsers.ADMIN, "application/json", levels + "\"recipients\":[\"<script>alert(1)<\\/script>@evil.example\"]}");
        assertEquals("markup is no address", 400, markup.statusCode());
        // quote and ampersand are allowed in the local part of an address, so they must be escaped
        String hostile = "o'brien&co@evil.example";
        HttpResponse<String> put = client.put("/rest/support-contingent/1.0/projects/NORD/contract/terms/" + month,
                FakeUsers.ADMIN, "application/json", levels + "\"recipients\":[\"" + hostile + "\"]}");
        assertEquals(put.body(), 200, put.statusCode());

        String html = client.get(PAGE + "NORD", FakeUsers.ADMIN).body();
        assertTrue(html.contains("data-effective-month=\"" + month + "\""));
        assertTrue(html.contains("1st\u00a0level: 7h 30m at \u20ac72.50"));
        assertFalse(html.contains(hostile));
        assertTrue(html.contains("o&#39;brien&amp;co@evil.example"));
        assertTrue("the audit entry names the recipient, escaped",
                html.contains("alert recipients: o&#39;brien&amp;co@evil.example"));
    }

    @Test
    public void theAuditListIsWrittenOutInTheReadersLanguageWithDisplayNames() throws Exception {
        // the demo data configured Nordlicht and suspended it for the rest of the month, as the manager
        sandbox.jira().users.find(FakeUsers.ADMIN).setLocale(Locale.GERMAN);
        String german;
        try {
            german = client.get(PAGE + "NORD", FakeUsers.ADMIN).body();
        } finally {
            sandbox.jira().users.find(FakeUsers.ADMIN).setLocale(Locale.ENGLISH);
        }
        String audit = german.substring(german.indexOf("id=\"sc-audit\""));
        assertTrue(audit, audit.contains("<td>Maria Manager</td>"));
        assertTrue(audit, audit.contains("alle Level ausgesetzt von "));
        assertTrue(audit, audit.contains("Konditionen hinzugef\u00fcgt, g\u00fcltig ab "));
        assertTrue(audit, audit.contains(" zu 60,00\u00a0\u20ac pro Stunde"));
        assertFalse("no raw instants", audit.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"));
        assertFalse("no stored English text", audit.contains("Suspended "));
    }

    private static final Pattern FORM_KEY = Pattern.compile("<form [^>]*id=\"(sc-[a-z]+-form)\"[^>]*>\\s*"
            + "<input type=\"hidden\" name=\"idempotencyKey\" value=\"([^\"]+)\">");

    /** The idempotency key the page rendered into each form, by form id. */
    private static java.util.Map<String, String> formKeys(String html) {
        java.util.Map<String, String> keys = new java.util.TreeMap<>();
        Matcher matcher = FORM_KEY.matcher(html);
        while (matcher.find()) {
            keys.put(matcher.group(1), matcher.group(2));
        }
        return keys;
    }

    @Test
    public void aTopUpFormPostedTwiceWithItsRenderedKeyIsStoredOnce() throws Exception {
        String html = client.get(PAGE + "ACME", FakeUsers.MANAGER).body();
        java.util.Map<String, String> keys = formKeys(html);
        assertEquals(List.of("sc-resume-form", "sc-suspend-form", "sc-terms-form", "sc-topup-form"),
                List.copyOf(keys.keySet()));
        assertEquals("a key of its own per form", 4, new HashSet<>(keys.values()).size());
        Matcher currentMonth = Pattern.compile("data-current-month=\"(\\d{4}-\\d{2})\"").matcher(html);
        assertTrue(currentMonth.find());
        YearMonth month = YearMonth.parse(currentMonth.group(1));
        String key = keys.get("sc-topup-form");
        long before = topUps(month);

        // the form's submit arriving twice (a double click, a resend after a lost answer), as the page sends it
        String path = "/rest/support-contingent/1.0/projects/ACME/months/" + month + "/top-ups";
        String body = "{\"level\":\"L2\",\"minutes\":60,\"reason\":\"Sent twice\"}";
        HttpResponse<String> first = client.post(path, FakeUsers.MANAGER, "application/json", body,
                "Idempotency-Key", key, "X-Atlassian-Token", "no-check");
        HttpResponse<String> second = client.post(path, FakeUsers.MANAGER, "application/json", body,
                "Idempotency-Key", key, "X-Atlassian-Token", "no-check");

        assertEquals(first.body(), 201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals("stored once", before + 1, topUps(month));
        assertEquals("the key is in the plugin's table", 1, sandbox.tables().count(
                PluginTables.table("IDEMPOTENCY_KEY") + " WHERE \"OPERATION\" = ?", "top-up"));

        // the page rendered again after the top-up has new keys, so the next top-up is a new one
        assertNotEquals(key, formKeys(client.get(PAGE + "ACME", FakeUsers.MANAGER).body()).get("sc-topup-form"));
    }

    @Test
    public void threeSimultaneousTopUpsWithOneKeyStoreOne() throws Exception {
        YearMonth month = YearMonth.now(java.time.ZoneId.of("Europe/Berlin"));
        String path = "/rest/support-contingent/1.0/projects/ACME/months/" + month + "/top-ups";
        String body = "{\"level\":\"L3\",\"minutes\":60,\"reason\":\"Three at once\"}";
        String key = java.util.UUID.randomUUID().toString();
        long before = topUps(month);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return client.post(path, FakeUsers.MANAGER, "application/json", body, "Idempotency-Key", key);
                }));
            }
            go.countDown();
            java.util.Set<String> bodies = new HashSet<>();
            int replayed = 0;
            for (java.util.concurrent.Future<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(response.body(), 201, response.statusCode());
                bodies.add(response.body());
                replayed += response.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            }
            assertEquals("one answer for all three", 1, bodies.size());
            assertEquals(2, replayed);
            assertEquals("one top-up stored", before + 1, topUps(month));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long topUps(YearMonth month) {
        return sandbox.tables().count(PluginTables.table("TOP_UP") + " WHERE \"BILLING_MONTH\" = ?",
                month.getYear() * 100 + month.getMonthValue());
    }
}
