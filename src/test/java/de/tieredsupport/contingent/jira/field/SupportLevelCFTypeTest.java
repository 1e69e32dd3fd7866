package de.tieredsupport.contingent.jira.field;

import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.security.JiraAuthenticationContext;

import de.tieredsupport.contingent.domain.SupportLevel;

import org.junit.Test;

public class SupportLevelCFTypeTest {

    private static SupportLevelCFType fieldType(Locale locale) {
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getI18nHelper()).thenReturn(new BundleI18n(locale));
        return new SupportLevelCFType(mock(CustomFieldValuePersister.class), mock(GenericConfigManager.class), context);
    }

    private final SupportLevelCFType type = fieldType(Locale.ENGLISH);

    @Test
    public void storesTheLevelKeyAsShortText() {
        assertSame(PersistenceFieldType.TYPE_LIMITED_TEXT, type.getDatabaseType());
    }

    @Test
    public void everyLevelSurvivesEveryRoundTrip() {
        for (SupportLevel level : SupportLevel.values()) {
            String key = level.key();
            String fromForm = type.getSingularObjectFromString(key);
            assertEquals(key, fromForm);
            assertEquals(key, type.getStringFromSingularObject(fromForm));
            Object stored = type.getDbValueFromObject(fromForm);
            assertEquals(key, stored);
            assertEquals(key, type.getObjectFromDbValue(stored));
            assertEquals(key, type.getSingularObjectFromString(type.getStringFromSingularObject(
                    type.getObjectFromDbValue(stored))));
        }
    }

    @Test
    public void nothingStoredMeansNoValue() {
        assertNull(type.getDbValueFromObject(null));
    }

    @Test
    public void invalidInputIsRejectedWithAMessageNamingTheField() {
        for (String input : Arrays.asList("L4", "", "l2", " L2", "L2 ", "2nd level", "<script>alert(1)</script>", null)) {
            FieldValidationException rejected = rejected(() -> type.getSingularObjectFromString(input), input);
            assertEquals("Support Level: choose 1st level (L1), 2nd level (L2) or 3rd level (L3).",
                    rejected.getMessage());
        }
    }

    @Test
    public void theMessageIsInTheUsersLanguage() {
        FieldValidationException rejected = rejected(() -> fieldType(Locale.GERMAN).getSingularObjectFromString("l1"), "l1");
        assertEquals("Support-Level: Bitte 1st-Level (L1), 2nd-Level (L2) oder 3rd-Level (L3) w\u00e4hlen.",
                rejected.getMessage());
    }

    @Test
    public void theMessageNeverEchoesTheInput() {
        String input = "<img src=x onerror=alert(1)>";
        FieldValidationException rejected = rejected(() -> type.getSingularObjectFromString(input), input);
        assertFalse(rejected.getMessage().contains("<"));
    }

    @Test
    public void anInvalidValueIsNeverWritten() {
        rejected(() -> type.getDbValueFromObject("L7"), "L7");
        rejected(() -> type.getDbValueFromObject("l1"), "l1");
    }

    @Test
    public void anUnknownStoredValueIsRejectedForJiraToTreatAsEmpty() {
        for (Object stored : Arrays.asList("L9", "l2", "", "2nd level")) {
            try {
                type.getObjectFromDbValue(stored);
                fail("accepted stored value " + stored);
            } catch (FieldValidationException expected) {
                assertTrue(expected.getMessage().contains("L1, L2, L3"));
            }
        }
    }

    @Test
    public void templatesGetTheLevelKeysInOrderInAMapJiraCanExtend() {
        Map<String, Object> parameters = type.getVelocityParameters(null, null, null);
        assertEquals(List.of("L1", "L2", "L3"), parameters.get(SupportLevelCFType.LEVEL_KEYS_PARAMETER));
        parameters.put("issueGv", "Jira adds its own parameters to the same map");
    }

    @Test
    public void everyLevelHasAnEnglishAndAGermanLabel() {
        BundleI18n english = new BundleI18n(Locale.ENGLISH);
        BundleI18n german = new BundleI18n(Locale.GERMAN);
        for (SupportLevel level : SupportLevel.values()) {
            String key = "support-contingent.level." + level.key();
            // the labels never wrap inside: a no-break space in English, a non-breaking hyphen in German
            assertEquals(level.displayName().replace(' ', '\u00a0'), english.getText(key));
            assertEquals(level.ordinal() + 1 + ordinalSuffix(level) + "\u2011Level", german.getText(key));
        }
    }

    @Test
    public void theTypeKeyIsThePluginKeyOfTheBuildAndTheModuleKey() throws IOException {
        Matcher pluginKey = Pattern.compile("<plugin\\.key>([^<]+)</plugin\\.key>")
                .matcher(Files.readString(Paths.get("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(pluginKey.find());
        assertEquals(pluginKey.group(1) + ":" + SupportLevelCFType.MODULE_KEY, SupportLevelCFType.TYPE_KEY);
    }

    private static String ordinalSuffix(SupportLevel level) {
        return switch (level) {
            case L1 -> "st";
            case L2 -> "nd";
            case L3 -> "rd";
        };
    }

    private static FieldValidationException rejected(Runnable call, String input) {
        try {
            call.run();
        } catch (FieldValidationException expected) {
            return expected;
        }
        throw new AssertionError("accepted " + input);
    }
}
