package de.tieredsupport.contingent.jira.mail;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;

import org.junit.Test;

/** The decision mails: the decision maker's leads only to the decision page; names are escaped. */
public class DecisionMailComposerTest {

    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    private static DecisionLink link(String language) {
        return new DecisionLink("0".repeat(64), 10_000L, YearMonth.of(2026, 12), SupportLevel.L2, 720,
                new DecisionMaker("Erika <b>Muster</b>", "erika@kunde.example", language),
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-31T23:00:00Z"), null, null);
    }

    private static LevelStatus status() {
        return new LevelStatus(SupportLevel.L2, Minutes.of(585), Minutes.of(0), Minutes.of(720), 81, Minutes.of(135), Minutes.of(0), Minutes.of(900), LocalDate.of(2026, 12, 20));
    }

    @Test
    public void theRequestLinksToTheDecisionPageAndNeverIntoJira() {
        AlertMailComposer.Mail mail = new DecisionMailComposer(Locale.GERMAN, BundleMessages.german())
                .request(link("de"), TOKEN, status(), "ACME Maschinenbau", "https://jira.example/");
        assertTrue(mail.htmlBody(), mail.htmlBody().contains(
                "href=\"https://jira.example/rest/support-contingent/1.0/decisions/" + TOKEN + "\""));
        assertFalse(mail.htmlBody().contains("/plugins/servlet"));
        assertFalse(mail.htmlBody().contains("/browse/"));
        assertTrue(mail.subject(), mail.subject().startsWith("ACME Maschinenbau: Bitte entscheiden Sie")
                && mail.subject().endsWith("Dezember 2026"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("Hallo Erika &lt;b&gt;Muster&lt;/b&gt;,"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("9h 45m") && mail.htmlBody().contains("15h"));
    }

    @Test
    public void theAnnouncementToRecipientsKeepsTheLinkIntoJira() {
        DecisionLink decided = link("en").withOutcome(new DecisionLink.Outcome(DecisionLink.Kind.TOP_UP, 120,
                "Erika", true, Instant.parse("2026-12-03T10:00:00Z")));
        AlertMailComposer.Mail mail = new DecisionMailComposer(Locale.ENGLISH, BundleMessages.english())
                .announcement(decided, "ACME Maschinenbau", null, "ACME", "https://jira.example");
        assertTrue(mail.htmlBody(), mail.htmlBody().contains(
                "https://jira.example/plugins/servlet/support-contingent/contract?projectKey=ACME"));
        assertTrue(mail.subject(), mail.subject().contains("Erika <b>Muster</b> decided"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("add 2h to 2nd"));
        assertFalse("no note, no note paragraph", mail.htmlBody().contains("Note:"));

        AlertMailComposer.Mail withNote = new DecisionMailComposer(Locale.ENGLISH, BundleMessages.english())
                .announcement(decided, "ACME Maschinenbau", "Go-live <b>& tests</b>", "ACME", "https://jira.example");
        assertTrue(withNote.htmlBody(), withNote.htmlBody().contains("Note: Go-live &lt;b&gt;&amp; tests&lt;/b&gt;"));
    }

    @Test
    public void theRequestShowsTheServiceHoursInTheDecisionMakersLanguage() {
        java.util.Map<java.time.DayOfWeek, de.tieredsupport.contingent.domain.ServiceHours.Range> days =
                new java.util.EnumMap<>(de.tieredsupport.contingent.domain.ServiceHours.DEFAULT.days());
        days.put(java.time.DayOfWeek.FRIDAY, new de.tieredsupport.contingent.domain.ServiceHours.Range(
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(14, 0)));
        de.tieredsupport.contingent.service.ServiceHoursView hours = new de.tieredsupport.contingent.service
                .ServiceHoursView(new de.tieredsupport.contingent.domain.ServiceHours(days),
                java.time.ZoneId.of("Europe/Berlin"), new de.tieredsupport.contingent.domain.HolidayCalendar("DE", "NW"));
        AlertMailComposer.Mail german = new DecisionMailComposer(Locale.GERMAN, BundleMessages.german())
                .request(link("de"), TOKEN, status(), "ACME", "https://jira.example", hours);
        assertTrue(german.htmlBody(), german.htmlBody().contains("<p>Servicezeiten 1st-Level: Mo\u2013Do 10:00\u201316:00,"
                + " Fr 10:00\u201314:00 (Europe/Berlin), Feiertage DE-NW</p>"));
        AlertMailComposer.Mail english = new DecisionMailComposer(Locale.ENGLISH, BundleMessages.english())
                .request(link("en"), TOKEN, status(), "ACME", "https://jira.example", hours);
        assertTrue(english.htmlBody(), english.htmlBody().contains("<p>1st-level service hours: Mon\u2013Thu"));
        assertFalse(new DecisionMailComposer(Locale.ENGLISH, BundleMessages.english())
                .request(link("en"), TOKEN, status(), "ACME", "https://jira.example").htmlBody()
                .contains("service hours"));
    }
}
