package de.tieredsupport.contingent.jira.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

import org.junit.Test;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;

/**
 * Alert e-mails for the offer's example customer (1st level: 8 h a month at 70 EUR/h) in English and German,
 * composed with the plugin's real message bundles.
 */
public class AlertMailComposerTest {

    static final String KEY = "BSP";
    static final String NAME = "Beispiel GmbH";
    static final String BASE_URL = "https://jira.example.com";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** 80 % of 8 h crossed: 6 h 25 min used. */
    static final Alert AT_80 = new Alert(10_000L, NOVEMBER, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(385),
            Instant.parse("2026-11-19T10:15:00Z"));
    /** 100 % of 8 h crossed by a booking that ends at 8 h 10 min. */
    static final Alert AT_100 = new Alert(10_000L, NOVEMBER, SupportLevel.L1, 100, Minutes.of(480), Minutes.of(490),
            Instant.parse("2026-11-26T14:40:00Z"));

    private static AlertMailComposer.Mail english(Alert alert) {
        return new AlertMailComposer(Locale.ENGLISH, BundleMessages.english()).compose(alert, ZONE, KEY, NAME, BASE_URL);
    }

    private static AlertMailComposer.Mail german(Alert alert) {
        return new AlertMailComposer(Locale.GERMAN, BundleMessages.german()).compose(alert, ZONE, KEY, NAME, BASE_URL);
    }

    @Test
    public void englishSubjectAt80Percent() {
        assertEquals("[BSP] 1st level: 80 % of the monthly contingent reached (November 2026)",
                english(AT_80).subject());
    }

    @Test
    public void englishBodyAt80Percent() {
        String body = english(AT_80).htmlBody();
        assertContains(body, "<html lang=\"en\">");
        assertContains(body, "<p>Hello,</p>");
        assertContains(body, "the 1st level contingent of Beispiel GmbH (BSP) for November 2026 has reached 80 %.");
        assertContains(body, row("Customer", "Beispiel GmbH (BSP)"));
        assertContains(body, row("Support level", "1st level"));
        assertContains(body, row("Month", "November 2026"));
        assertContains(body, row("Threshold reached", "80 %"));
        assertContains(body, row("Used", "6h 25m of 8h"));
        assertContains(body, row("Remaining", "1h 35m"));
        assertFalse(body.contains("Over the contingent by"));
        assertContains(body, "Please let us know how to continue in November 2026:");
        assertContains(body, "<li>Additional contingent: more hours on the 1st level for November 2026.</li>");
        assertContains(body, "<li>Suspend support: no further 1st level support for the rest of November 2026.</li>");
        assertContains(body, "<a href=\"https://jira.example.com/plugins/servlet/support-contingent/contract?projectKey=BSP\">"
                + "Open the contract settings</a>");
        assertContains(body, "This message was sent automatically by Support Contingent for Jira.");
    }

    @Test
    public void englishAt100PercentSaysByHowMuchTheContingentIsExceeded() {
        AlertMailComposer.Mail mail = english(AT_100);
        assertEquals("[BSP] 1st level: 100 % of the monthly contingent reached (November 2026)", mail.subject());
        String body = mail.htmlBody();
        assertContains(body, "the 1st level contingent of Beispiel GmbH (BSP) for November 2026 has reached 100 %.");
        assertContains(body, row("Threshold reached", "100 %"));
        assertContains(body, row("Used", "8h 10m of 8h"));
        assertContains(body, row("Over the contingent by", "10m"));
        assertFalse(body.contains(">Remaining<"));
        assertContains(body, "Additional contingent");
        assertContains(body, "Suspend support");
    }

    @Test
    public void theWorklogThatCrossedIsNamedWithItsTimesInTheContractsZone() {
        Alert crossed = new Alert(10_000L, NOVEMBER, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(385),
                Instant.parse("2026-11-19T10:15:00Z"), new Alert.Crossing(10_321L,
                        Instant.parse("2026-11-19T08:00:00Z"), Instant.parse("2026-11-19T10:14:00Z")));
        // the JDK's locale data puts a narrow or normal no-break space before AM
        String english = english(crossed).htmlBody().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertContains(english, row("Crossed by",
                "Worklog 10321: work started Nov 19, 2026, 9:00 AM, logged Nov 19, 2026, 11:14 AM (Europe/Berlin)"));
        assertContains(german(crossed).htmlBody(), row("Ausgel\u00f6st durch",
                "Arbeitsprotokoll 10321: Arbeit begonnen 19.11.2026, 09:00, erfasst 19.11.2026, 11:14"
                        + " (Europe/Berlin)"));
        assertFalse("alerts stored without it leave the row out", english(AT_80).htmlBody().contains("Crossed by"));
    }

    @Test
    public void exactlyUsedUpShowsNothingRemaining() {
        Alert exact = new Alert(10_000L, NOVEMBER, SupportLevel.L1, 100, Minutes.of(480), Minutes.of(480), Instant.EPOCH);
        String body = english(exact).htmlBody();
        assertContains(body, row("Used", "8h of 8h"));
        assertContains(body, row("Remaining", "0m"));
    }

    @Test
    public void germanSubjectAt80Percent() {
        assertEquals("[BSP] 1st-Level: 80 % des Monatskontingents erreicht (November 2026)", german(AT_80).subject());
    }

    @Test
    public void germanBodyAt80Percent() {
        String body = german(AT_80).htmlBody();
        assertContains(body, "<html lang=\"de\">");
        assertContains(body, "<p>Guten Tag,</p>");
        assertContains(body, "das 1st-Level-Kontingent von Beispiel GmbH (BSP) f\u00fcr November 2026 hat 80 % erreicht.");
        assertContains(body, row("Kunde", "Beispiel GmbH (BSP)"));
        assertContains(body, row("Support-Level", "1st-Level"));
        assertContains(body, row("Monat", "November 2026"));
        assertContains(body, row("Erreichte Warnschwelle", "80 %"));
        assertContains(body, row("Verbraucht", "6h 25m von 8h"));
        assertContains(body, row("Verbleibend", "1h 35m"));
        assertContains(body, "Bitte teilen Sie uns mit, wie es im November 2026 weitergehen soll:");
        assertContains(body, "<li>Zus\u00e4tzliches Kontingent: weitere Stunden im 1st-Level f\u00fcr November 2026.</li>");
        assertContains(body, "<li>Support aussetzen: kein weiterer 1st-Level-Support f\u00fcr den Rest des Monats November 2026.</li>");
        assertContains(body, ">Vertragseinstellungen \u00f6ffnen</a>");
        assertContains(body, "Diese Nachricht wurde automatisch von Support-Kontingent f\u00fcr Jira versendet.");
    }

    @Test
    public void germanAt100Percent() {
        AlertMailComposer.Mail mail = german(AT_100);
        assertEquals("[BSP] 1st-Level: 100 % des Monatskontingents erreicht (November 2026)", mail.subject());
        assertContains(mail.htmlBody(), row("Verbraucht", "8h 10m von 8h"));
        assertContains(mail.htmlBody(), row("Kontingent \u00fcberschritten um", "10m"));
        assertFalse(mail.htmlBody().contains(">Verbleibend<"));
    }

    @Test
    public void monthNamesAreLocalized() {
        Alert march = new Alert(10_000L, YearMonth.of(2027, 3), SupportLevel.L2, 80, Minutes.of(720), Minutes.of(580), Instant.EPOCH);
        assertTrue(german(march).subject().endsWith("(M\u00e4rz 2027)"));
        assertTrue(english(march).subject().endsWith("(March 2027)"));
        assertTrue(german(march).subject().startsWith("[BSP] 2nd-Level: "));
        assertTrue(english(march).subject().startsWith("[BSP] 2nd level: "));
    }

    @Test
    public void projectNameIsEscapedEverywhereInTheBody() {
        String hostile = "<script>alert(\"x\")</script> & 'Co'";
        AlertMailComposer.Mail mail = new AlertMailComposer(Locale.ENGLISH, BundleMessages.english())
                .compose(AT_80, ZONE, KEY, hostile, BASE_URL);
        String body = mail.htmlBody();
        assertFalse(body, body.contains("<script"));
        assertFalse(body, body.contains("'Co'"));
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;";
        assertContains(body, row("Customer", escaped + " (BSP)"));
        assertContains(body, "the 1st level contingent of " + escaped + " (BSP) for November 2026");
        assertFalse("the subject names the project by key only", mail.subject().contains("script"));
    }

    @Test
    public void subjectStaysOnOneLineAndTheTitleIsEscaped() {
        AlertMailComposer.Messages withBreak = (key, args) -> key.endsWith(".subject")
                ? "Line one\r\nBcc: someone@example.com <b>" : BundleMessages.english().text(key, args);
        AlertMailComposer.Mail mail = new AlertMailComposer(Locale.ENGLISH, withBreak).compose(AT_80, ZONE, KEY, NAME, BASE_URL);
        assertEquals("Line one  Bcc: someone@example.com <b>", mail.subject());
        assertContains(mail.htmlBody(), "<title>Line one  Bcc: someone@example.com &lt;b&gt;</title>");
    }

    @Test
    public void missingProjectNameFallsBackToTheKey() {
        String body = new AlertMailComposer(Locale.ENGLISH, BundleMessages.english())
                .compose(AT_80, ZONE, KEY, null, BASE_URL).htmlBody();
        assertContains(body, row("Customer", "BSP (BSP)"));
    }

    @Test
    public void linkPointsToTheContractSettingsPage() {
        assertEquals("https://jira.example.com/plugins/servlet/support-contingent/contract?projectKey=BSP",
                AlertMailComposer.contractUrl("https://jira.example.com/", "BSP"));
        assertEquals("https://example.com/jira/plugins/servlet/support-contingent/contract?projectKey=BSP",
                AlertMailComposer.contractUrl("https://example.com/jira", "BSP"));
        assertEquals("https://example.com/plugins/servlet/support-contingent/contract?projectKey=A%26B",
                AlertMailComposer.contractUrl("https://example.com", "A&B"));
        String body = new AlertMailComposer(Locale.ENGLISH, BundleMessages.english())
                .compose(AT_80, ZONE, "A&B", NAME, "https://example.com/jira/").htmlBody();
        assertContains(body, "href=\"https://example.com/jira/plugins/servlet/support-contingent/contract?projectKey=A%26B\"");
    }

    @Test
    public void durationsInHoursAndMinutes() {
        AlertMailComposer en = new AlertMailComposer(Locale.ENGLISH, BundleMessages.english());
        AlertMailComposer de = new AlertMailComposer(Locale.GERMAN, BundleMessages.german());
        assertEquals("0m", en.duration(0));
        assertEquals("5m", en.duration(5));
        assertEquals("1h", en.duration(60));
        assertEquals("6h 25m", en.duration(385));
        assertEquals("12h", en.duration(720));
        assertEquals("1234h 5m", en.duration(74_045));
        assertEquals("6h 25m", de.duration(385));
        assertEquals("1234h 5m", de.duration(74_045));
    }

    @Test
    public void mailMessagesNeedNoMessageFormatQuoting() {
        for (BundleMessages bundle : new BundleMessages[] {BundleMessages.english(), BundleMessages.german()}) {
            Properties all = bundle.properties();
            for (String key : all.stringPropertyNames()) {
                if (key.startsWith(AlertMailComposer.KEY_PREFIX)) {
                    assertFalse(key + " contains an apostrophe, which MessageFormat would swallow",
                            all.getProperty(key).contains("'"));
                }
            }
        }
    }

    @Test
    public void escapeCoversMarkupAndQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                AlertMailComposer.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("Gr\u00fc\u00dfe", AlertMailComposer.escape("Gr\u00fc\u00dfe"));
    }

    static String row(String label, String value) {
        return ">" + label + "</th><td style=\"padding: 2px 0;\">" + value + "</td></tr>";
    }

    static void assertContains(String text, String expected) {
        assertTrue("expected to find\n  " + expected + "\nin\n" + text, text.contains(expected));
    }

    @Test
    public void theServiceHoursFollowTheChoicesWhenGiven() {
        de.tieredsupport.contingent.service.ServiceHoursView hours = new de.tieredsupport.contingent.service
                .ServiceHoursView(de.tieredsupport.contingent.domain.ServiceHours.DEFAULT, ZONE,
                new de.tieredsupport.contingent.domain.HolidayCalendar("DE", "BY"));
        String html = new AlertMailComposer(Locale.ENGLISH, BundleMessages.english())
                .compose(AT_80, ZONE, KEY, NAME, BASE_URL, hours).htmlBody();
        assertTrue(html, html.contains("</ul>\n<p>1st-level service hours: Mon\u2013Fri 10:00\u201316:00 "
                + "(Europe/Berlin), public holidays DE-BY</p>"));
        String german = new AlertMailComposer(Locale.GERMAN, BundleMessages.german())
                .compose(AT_80, ZONE, KEY, NAME, BASE_URL, hours).htmlBody();
        assertTrue(german, german.contains("<p>Servicezeiten 1st-Level: Mo\u2013Fr 10:00\u201316:00 (Europe/Berlin), "
                + "Feiertage DE-BY</p>"));
        assertFalse(english(AT_80).htmlBody().contains("service hours"));
    }
}
