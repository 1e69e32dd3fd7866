package de.tieredsupport.contingent.service.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

/** Audit entries written out from their type and parameters with the plugin's real bundles, English and German. */
public class AuditTextTest {

    private static final Instant AT = Instant.parse("2026-12-02T16:56:23.586434394Z");
    private static final Map<String, String> NAMES = Map.of("manager", "Maria Manager");

    private static AuditText reader(Locale locale) {
        BundleI18n i18n = new BundleI18n(locale);
        return new AuditText(locale, ZoneId.of("Europe/Berlin"), (key, args) -> i18n.getText(key, (Object) args),
                key -> NAMES.get(key));
    }

    private static AuditEntry entry(AuditEntry.Action action, Map<String, String> parameters) {
        return new AuditEntry(1, AT, "manager", action, parameters, "stored English text");
    }

    /** Locale data may use a narrow or a normal no-break space before AM/PM. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    public void aSuspensionShowsLocalTimesDisplayNamesAndTheLanguage() {
        AuditEntry suspend = entry(AuditEntry.Action.SUSPEND, AuditEntry.params("month", "2026-12", "level", "ALL",
                "from", AT.toString(), "until", "2026-12-31T23:00:00Z", "reason", "Budget"));
        AuditText en = reader(Locale.ENGLISH);
        assertEquals("all levels suspended from Dec 2, 2026, 5:56 PM until Jan 1, 2027, 12:00 AM; reason: Budget",
                plain(en.details(suspend)));
        assertEquals("Maria Manager", en.actor(suspend));
        assertEquals("Dec 2, 2026, 5:56 PM", plain(en.at(suspend)));
        assertEquals("Support suspended", en.action(suspend));
        AuditText de = reader(Locale.GERMAN);
        assertEquals("alle Level ausgesetzt von 02.12.2026, 17:56 bis 01.01.2027, 00:00; Grund: Budget",
                de.details(suspend));
        assertEquals("Support ausgesetzt", de.action(suspend));
    }

    @Test
    public void aDecisionMakersTopUpThroughTheLinkNamesTheDecisionMakerInEachLanguage() {
        AuditEntry topUp = new AuditEntry(1, AT, "<link>Erika Mustermann", AuditEntry.Action.ADD_TOP_UP,
                AuditEntry.params("month", "2026-12", "level", "L2", "minutes", "120", "reason", "Freigabe"),
                "stored English text");
        assertEquals("Erika Mustermann (via decision link)", reader(Locale.ENGLISH).actor(topUp));
        assertEquals("Erika Mustermann (\u00fcber Entscheidungslink)", reader(Locale.GERMAN).actor(topUp));
    }

    @Test
    public void termsAreWrittenOutWithHoursAmountsAndPolicyNames() {
        Map<String, String> p = AuditEntry.params("change", "ADDED", "effectiveMonth", "2026-12", "currency", "EUR",
                "L1.minutes", "480", "L1.rate", "70.00", "L2.minutes", "750", "L2.rate", "1234.50",
                "L3.minutes", "45", "L3.rate", "90.00", "roundingMinutes", "5", "roundingMode", "UP",
                "thresholds", "80,100", "carryOver", "NONE", "overage", "NOT_BILLED", "defaultLevel", "L1",
                "recipients", "it@customer.example,boss@customer.example");
        AuditEntry terms = entry(AuditEntry.Action.CONFIGURE_TERMS, p);
        assertEquals("Terms added, effective December 2026: 1st level 8h at \u20ac70.00 an hour; 2nd level 12h 30m"
                + " at \u20ac1,234.50 an hour; 3rd level 45m at \u20ac90.00 an hour; rounding to 5m, Up; alerts at"
                + " 80 %, 100 %; No carry-over; work over the contingent: Not billed, needs a customer decision;"
                + " default level 1st level; alert recipients: it@customer.example, boss@customer.example",
                reader(Locale.ENGLISH).details(terms));
        String german = reader(Locale.GERMAN).details(terms);

        // terms with decision makers name them and the threshold at which they are asked
        Map<String, String> withMakers = new java.util.LinkedHashMap<>(p);
        withMakers.put("decisionMakers", "Erika Mustermann <erika@kunde.example>, Max <max@kunde.example>");
        withMakers.put("decisionThreshold", "80");
        AuditEntry decided = entry(AuditEntry.Action.CONFIGURE_TERMS, withMakers);
        assertTrue(reader(Locale.ENGLISH).details(decided).endsWith("alert recipients: it@customer.example,"
                + " boss@customer.example; decision makers, asked at 80 %: Erika Mustermann <erika@kunde.example>,"
                + " Max <max@kunde.example>"));
        assertTrue(reader(Locale.GERMAN).details(decided).endsWith("; Entscheider, gefragt ab 80 %: Erika Mustermann"
                + " <erika@kunde.example>, Max <max@kunde.example>"));
        assertEquals("Konditionen hinzugef\u00fcgt, g\u00fcltig ab Dezember 2026: 1st-Level 8h zu 70,00\u00a0\u20ac pro"
                + " Stunde; 2nd-Level 12h 30m zu 1.234,50\u00a0\u20ac pro Stunde; 3rd-Level 45m zu 90,00\u00a0\u20ac pro"
                + " Stunde", german.substring(0, german.indexOf("; Rundung")));
    }

    @Test
    public void topUpCloseAndCorrectionInGerman() {
        AuditText de = reader(Locale.GERMAN);
        assertEquals("2h zus\u00e4tzlich f\u00fcr 2nd-Level im Dezember 2026; Grund: keiner angegeben",
                de.details(entry(AuditEntry.Action.ADD_TOP_UP, AuditEntry.params("month", "2026-12", "level", "L2",
                        "minutes", "120", "reason", ""))));
        assertEquals("November 2026 abgeschlossen mit 1.403,33\u00a0\u20ac; Korrektur f\u00fcr Oktober 2026: -5,83\u00a0\u20ac",
                de.details(entry(AuditEntry.Action.CLOSE_MONTH, AuditEntry.params("month", "2026-11", "currency",
                        "EUR", "amount", "1403.33", "adjustments", "2026-10=-5.83"))));
        assertEquals("Arbeitsprotokoll 10 im Dezember 2026: 2nd-Level statt 1st-Level; Grund: Analyse",
                de.details(entry(AuditEntry.Action.CORRECT_LEVEL, AuditEntry.params("worklogId", "10", "issueId",
                        "1", "month", "2026-12", "from", "L1", "to", "L2", "reason", "Analyse"))));
    }

    @Test
    public void aCategoryChangeInEnglishAndGerman() {
        AuditEntry change = entry(AuditEntry.Action.CHANGE_CATEGORY, AuditEntry.params("issueKey", "ACME-4",
                "issueId", "10103", "from", "QUESTION", "to", "CHANGE_REQUEST"));
        assertEquals("Issue ACME-4: Change request instead of Question", reader(Locale.ENGLISH).details(change));
        assertEquals("Request category changed", reader(Locale.ENGLISH).action(change));
        assertEquals("Vorgang ACME-4: \u00c4nderungswunsch statt Frage", reader(Locale.GERMAN).details(change));
        assertEquals("Anfragekategorie ge\u00e4ndert", reader(Locale.GERMAN).action(change));
    }

    @Test
    public void changeRequestEntriesInEnglishAndGerman() {
        AuditEntry prepared = entry(AuditEntry.Action.PREPARE_CHANGE_REQUEST, AuditEntry.params("issueKey", "ACME-4",
                "issueId", "10103", "round", "2", "estimateMinutes", "600", "level", "L3", "scope", "CSV export"));
        assertEquals("Issue ACME-4, round 2: estimate 10h at the 3rd level; scope: CSV export",
                reader(Locale.ENGLISH).details(prepared));
        assertEquals("Change request estimated", reader(Locale.ENGLISH).action(prepared));
        assertTrue(reader(Locale.GERMAN).details(prepared), reader(Locale.GERMAN).details(prepared)
                .startsWith("Vorgang ACME-4, Runde 2: Sch\u00e4tzung 10"));
        AuditEntry decided = new AuditEntry(1, AT, "<link>Dana Decider", AuditEntry.Action.DECIDE_CHANGE_REQUEST,
                AuditEntry.params("issueKey", "ACME-4", "issueId", "10103", "round", "1", "estimateMinutes", "90",
                        "level", "L2", "outcome", "APPROVED", "viaLink", "true", "comment", ""),
                "Issue ACME-4: estimate of round 1 approved by Dana Decider via link");
        assertEquals("Issue ACME-4, round 1: estimate 1h 30m at the 2nd level approved through the decision link; "
                + "comment: none given", reader(Locale.ENGLISH).details(decided));
        assertEquals("Dana Decider (via decision link)", reader(Locale.ENGLISH).actor(decided));
        AuditEntry recorded = entry(AuditEntry.Action.DECIDE_CHANGE_REQUEST, AuditEntry.params("issueKey", "ACME-4",
                "issueId", "10103", "round", "1", "estimateMinutes", "90", "level", "L2", "outcome", "REJECTED",
                "viaLink", "false", "comment", "by phone"));
        assertTrue(reader(Locale.GERMAN).details(recorded),
                reader(Locale.GERMAN).details(recorded).contains("Ablehnung"));
        for (AuditEntry.Action action : new AuditEntry.Action[] {AuditEntry.Action.SUBMIT_CHANGE_REQUEST,
                AuditEntry.Action.WITHDRAW_CHANGE_REQUEST}) {
            AuditEntry e = entry(action, AuditEntry.params("issueKey", "ACME-4", "issueId", "10103", "round", "1",
                    "estimateMinutes", "90", "level", "L2", "decisionMakers", "Dana Decider", "comment", ""));
            assertTrue(reader(Locale.ENGLISH).details(e), reader(Locale.ENGLISH).details(e).startsWith("Issue ACME-4"));
            assertTrue(reader(Locale.GERMAN).details(e), reader(Locale.GERMAN).details(e).startsWith("Vorgang ACME-4"));
        }
    }

    @Test
    public void entriesStoredAsTextOnlyAndUnreadableOnesShowTheirText() {
        AuditEntry old = new AuditEntry(1, AT, "someone.gone", AuditEntry.Action.CONFIGURE_TERMS,
                "Added terms effective 2026-01: carry-over NONE {}; overage NOT_BILLED");
        AuditText de = reader(Locale.GERMAN);
        assertEquals("Added terms effective 2026-01: carry-over NONE {}; overage NOT_BILLED", de.details(old));
        assertEquals("an unknown user shows by key", "someone.gone", de.actor(old));
        assertEquals("stored English text", de.details(entry(AuditEntry.Action.RESUME,
                AuditEntry.params("month", "2026-12"))));
    }
}
