package de.tieredsupport.contingent.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.junit.Test;

/**
 * The Request category field type: what it stores (the English value JQL compares), what it takes (value or key),
 * what it refuses (with a translated message naming the field, never the input), and its templates.
 */
public class RequestCategoryCFTypeTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static RequestCategoryCFType fieldType(Locale locale) {
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getI18nHelper()).thenReturn(new BundleI18n(locale));
        return new RequestCategoryCFType(mock(CustomFieldValuePersister.class), mock(GenericConfigManager.class),
                context);
    }

    private final RequestCategoryCFType type = fieldType(Locale.ENGLISH);

    @Test
    public void storesTheEnglishValueAsShortTextWhateverFormItCameIn() {
        assertSame(PersistenceFieldType.TYPE_LIMITED_TEXT, type.getDatabaseType());
        for (RequestCategory category : RequestCategory.values()) {
            for (String input : List.of(category.key(), category.fieldValue())) {
                String object = type.getSingularObjectFromString(input);
                assertEquals(category.fieldValue(), object);
                assertEquals(category.fieldValue(), type.getDbValueFromObject(object));
                assertEquals(category.fieldValue(), type.getObjectFromDbValue(type.getDbValueFromObject(object)));
                assertEquals(category.fieldValue(), type.getStringFromSingularObject(object));
            }
        }
        assertNull(type.getDbValueFromObject(null));
    }

    @Test
    public void invalidInputIsRejectedNamingTheFieldInTheUsersLanguageWithoutEchoingIt() {
        for (String input : Arrays.asList("change request", "Change Request", "BUG", "", " Defect", HOSTILE, null)) {
            FieldValidationException e = assertThrows(FieldValidationException.class,
                    () -> type.getSingularObjectFromString(input));
            assertEquals("Request category: choose Question, Defect or Change request.", e.getMessage());
        }
        FieldValidationException german = assertThrows(FieldValidationException.class,
                () -> fieldType(Locale.GERMAN).getSingularObjectFromString("Bug"));
        assertEquals("Anfragekategorie: w\u00e4hlen Sie Frage, Fehler oder \u00c4nderungswunsch.", german.getMessage());
        assertThrows(FieldValidationException.class, () -> type.getDbValueFromObject("Feature"));
    }

    @Test
    public void anUnknownStoredValueIsRejectedForJiraToTreatAsEmpty() {
        for (Object stored : Arrays.asList("CHANGE_REQUEST", "change request", "", "Bug")) {
            assertThrows(FieldValidationException.class, () -> type.getObjectFromDbValue(stored));
        }
    }

    @Test
    public void theTypeKeyIsThePluginKeyOfTheBuildAndTheModuleKey() throws Exception {
        Matcher pluginKey = Pattern.compile("<plugin\\.key>([^<]+)</plugin\\.key>")
                .matcher(Files.readString(Paths.get("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(pluginKey.find());
        assertEquals(pluginKey.group(1) + ":" + RequestCategoryCFType.MODULE_KEY, RequestCategoryCFType.TYPE_KEY);
        String descriptor = Files.readString(Paths.get("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        assertTrue(descriptor.contains("<customfield-type key=\"" + RequestCategoryCFType.MODULE_KEY + "\""));
        assertTrue(descriptor.contains("<valid-customfield-type package=\"${plugin.key}\" key=\""
                + RequestCategoryCFType.MODULE_KEY + "\"/>"));
    }

    @Test
    public void viewShowsTheTranslatedLabelOfTheStoredCategoryOnly() throws Exception {
        assertEquals("<span class=\"aui-lozenge aui-lozenge-subtle request-category\" title=\"CHANGE_REQUEST\">"
                + "Change request</span>", render("view", "Change request", Locale.ENGLISH));
        assertEquals("<span class=\"aui-lozenge aui-lozenge-subtle request-category\" title=\"DEFECT\">"
                + "Fehler</span>", render("view", "Defect", Locale.GERMAN));
        assertEquals("<span class=\"request-category\">Question (not set)</span>",
                render("view", null, Locale.ENGLISH));
        assertFalse(render("view", HOSTILE, Locale.ENGLISH).contains("script"));
    }

    @Test
    public void editOffersTheCategoriesByKeyWithTheStoredOneSelected() throws Exception {
        String html = render("edit", "Defect", Locale.GERMAN);
        assertTrue(html, html.contains("<option value=\"\">Frage (nicht gesetzt)</option>"));
        assertTrue(html, html.contains("<option value=\"QUESTION\">Frage</option>"));
        assertTrue(html, html.contains("<option value=\"DEFECT\" selected=\"selected\">Fehler</option>"));
        assertTrue(html, html.contains("<option value=\"CHANGE_REQUEST\">\u00c4nderungswunsch</option>"));
        assertFalse(render("edit", HOSTILE, Locale.ENGLISH).contains("script"));
    }

    @Test
    public void xmlHoldsTheStoredValue() throws Exception {
        assertEquals("<customfieldvalue>Change request</customfieldvalue>", render("xml", "Change request",
                Locale.ENGLISH));
        assertEquals("", render("xml", null, Locale.ENGLISH));
        assertEquals("", render("xml", HOSTILE, Locale.ENGLISH));
    }

    @Test
    public void templatesGetTheKeysInAMapJiraCanExtend() {
        Map<String, Object> parameters = type.getVelocityParameters(null, null, null);
        assertEquals(List.of("QUESTION", "DEFECT", "CHANGE_REQUEST"),
                parameters.get(RequestCategoryCFType.KEYS_PARAMETER));
        assertNull(parameters.get(RequestCategoryCFType.KEY_PARAMETER));
        parameters.put("issueGv", "Jira adds its own parameters to the same map");
    }

    /** One template of the field with the parameters the type derives from the issue's stored value. */
    private static String render(String name, String stored, Locale locale) throws Exception {
        RequestCategoryCFType type = fieldType(locale);
        Issue issue = mock(Issue.class);
        CustomField field = mock(CustomField.class);
        when(field.getValue(issue)).thenReturn(stored);
        when(field.getId()).thenReturn("customfield_10101");
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
        VelocityContext context = new VelocityContext(new HashMap<>(type.getVelocityParameters(issue, field, null)));
        if (stored != null) {
            context.put("value", stored);
        }
        context.put("i18n", new BundleI18n(locale));
        context.put("customField", field);
        context.put("fieldLayoutItem", new Object());
        context.put("action", new Object());
        context.put("displayParameters", Map.of());
        context.put("auiparams", Map.of());
        String macros = "#macro(customControlHeader $action $fieldId $fieldName $required $displayParameters "
                + "$auiparams)<div>#end\n#macro(customControlFooter $action $fieldId $description $displayParameters "
                + "$auiparams)</div>#end\n";
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, name, macros + read("templates/field/request-category-" + name + ".vm"));
        return out.toString().trim();
    }

    private static String read(String location) throws Exception {
        try (InputStream in = RequestCategoryCFTypeTest.class.getClassLoader().getResourceAsStream(location)) {
            assertTrue("template not on the class path: " + location, in != null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
