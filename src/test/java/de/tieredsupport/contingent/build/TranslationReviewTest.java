package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The English and German bundles side by side (the keys themselves: {@link I18nBundlesTest}): the same placeholders,
 * a German text for every key (a text
 * equal to the English one must be listed below as intended), one German term per concept, terms that do not wrap,
 * and the month and abbreviation rules that German readers noticed when they were broken.
 */
public class TranslationReviewTest {

    private static final String PREFIX = "support-contingent.";

    /** Keys whose German text is rightly the English one: loanwords German users say as they are, and pure patterns. */
    private static final Set<String> SAME_IN_GERMAN = Set.of(
            "mail.percent", "mail.customer", "dashboard.edit.option", // patterns without words
            "dashboard.hours", "dashboard.topup", "settings.terms.cap", // durations come formatted, without a unit word
            "dashboard.month", // the month by name, formatted for the reader
            "dashboard.state.ok", // "OK" is German too
            "report.col.ticket", "csv.type.ticket", // "Ticket": the German term of the seed offer
            "csv.header.level", "csv.type.level", "settings.col.level", // "Level": the one German term (not "Stufe")
            "hours.days", "hours.dayHours", // patterns without words (weekdays and times come filled in)
            "hours.form.region"); // "Region" is German too

    /** The three level names as every screen shows them. */
    private static final List<String> LEVEL_KEYS = List.of("level.L1", "level.L2", "level.L3");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final Map<String, String> english = load("support-contingent.properties");
    private final Map<String, String> german = load("support-contingent_de.properties");

    @Test
    public void aGermanTextEqualToTheEnglishOneMustBeListedAsIntended() {
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            if (e.getValue().equals(german.get(e.getKey())) && !SAME_IN_GERMAN.contains(e.getKey())) {
                untranslated.add(e.getKey() + "=" + e.getValue());
            }
        }
        assertEquals("German texts equal to the English ones (translate them or list them as intended)", List.of(),
                untranslated);
        for (String key : SAME_IN_GERMAN) {
            assertEquals("listed as intended but no longer equal: " + key, english.get(key), german.get(key));
        }
    }

    @Test
    public void placeholdersMatchAndEveryTextIsAValidPattern() {
        for (String key : english.keySet()) {
            assertEquals(key, placeholders(english.get(key)), placeholders(german.get(key)));
            new MessageFormat(english.get(key), Locale.ENGLISH);
            new MessageFormat(german.get(key), Locale.GERMAN);
            // MessageFormat would eat an apostrophe and the text after it
            assertFalse(key, english.get(key).contains("'") || german.get(key).contains("'"));
        }
    }

    @Test
    public void levelNamesDoNotWrap() {
        for (String key : LEVEL_KEYS) {
            for (String text : List.of(english.get(key), german.get(key))) {
                assertFalse(key + " may wrap: " + text, text.contains(" ") || text.contains("-"));
            }
        }
        assertEquals("1st\u00a0level", english.get("level.L1"));
        assertEquals("1st\u2011Level", german.get("level.L1"));
        for (String key : List.of("report.col.level", "report.summary", "panel.level", "panel.noLevel.hint")) {
            assertFalse(key + ": " + german.get(key), german.get(key).contains("Support-Level"));
            assertTrue(key + ": " + german.get(key), german.get(key).contains("Support\u2011Level"));
        }
    }

    @Test
    public void germanSaysLevelNotStufe() {
        german.forEach((key, text) -> assertFalse(key + ": " + text, text.toLowerCase(Locale.GERMAN).contains("stufe")));
    }

    @Test
    public void carryInAndCarryOutAreToldApart() {
        String in = german.get("report.col.carryIn");
        String out = german.get("report.col.carryOut");
        assertEquals("\u00dcbertrag aus Vormonat", in);
        assertEquals("\u00dcbertrag in Folgemonat", out);
        // the cap is one term wherever it is named
        german.forEach((key, text) -> assertFalse(key + ": " + text, text.contains("\u00dcbertragungsgrenze")
                || text.contains("\u00dcbertragungsregel") || text.contains("\u00dcbertrag h\u00f6chstens")));
    }

    @Test
    public void thresholdsAreWarnschwellen() {
        german.forEach((key, text) -> assertFalse(key + ": " + text, text.contains("Schwellwert")
                || text.matches("(?s).*(^|[^n])[Ss]chwelle.*")));
    }

    @Test
    public void germanMonthsTakeImAndTheRestOfTheMonth() {
        String month = "Dezember 2026";
        assertEquals("Es gibt keinen f\u00fcr Sie sichtbaren Vertrag mit Konditionen im Dezember 2026.",
                format(german.get("dashboard.empty"), month));
        assertTrue(format(german.get("settings.js.confirmSuspend"), "2nd\u2011Level", month)
                .contains("f\u00fcr den Rest des Monats Dezember 2026"));
        assertTrue(format(german.get("panel.suspended"), "2nd\u2011Level", month)
                .contains("f\u00fcr den Rest des Monats Dezember 2026"));
        // no month after a bare "in" or "Rest von" anywhere (the currency message is about currencies)
        german.forEach((key, text) -> {
            if (!key.equals("error.rate.currencyMismatch")) {
                assertFalse(key + ": " + text, text.matches(".*\\bin \\{\\d\\}.*") || text.contains("Rest von {"));
            }
        });
    }

    @Test
    public void aTopUpLineHasOnePeriodBeforeItsReason() {
        String hours = format(german.get("dashboard.hours"), "1h");
        String topUp = format(german.get("dashboard.topup"), german.get("level.L1"), hours) + " "
                + format(german.get("dashboard.reason"), "Freigabe");
        assertEquals("1st\u2011Level: +1h. Grund: Freigabe", topUp);
        german.forEach((key, text) -> assertFalse(key + ": " + text, text.contains("..")
                && !text.contains("...")));
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.GERMAN).format(arguments);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The bundle as Java reads it (ISO-8859-1 with \\u escapes), keys without the common prefix. */
    private static Map<String, String> load(String name) {
        Properties properties = new Properties();
        try (InputStream in = TranslationReviewTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            assertTrue(key, key.startsWith(PREFIX));
            texts.put(key.substring(PREFIX.length()), properties.getProperty(key));
        }
        return texts;
    }
}
