package de.tieredsupport.contingent.jira.field;

import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.security.JiraAuthenticationContext;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The field's view, edit and XML templates, as named in the descriptor, rendered with Apache Velocity 1.7 (Jira 11
 * runs Atlassian's 1.6.4 fork) in strict reference mode. Jira's {@code #customControlHeader}/{@code #customControlFooter}
 * macros are replaced by minimal stand-ins; the context holds what Jira puts there for a custom field plus the
 * field type's own velocity parameters. No template may print the submitted or stored value: hostile input must
 * not reach the page in any form.
 */
public class SupportLevelTemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    /** Stand-ins for Jira's global macros that wrap a custom field's edit control. */
    private static final String JIRA_MACROS = ""
            + "#macro(customControlHeader $action $fieldId $fieldName $required $displayParameters $auiparams)"
            + "<div class=\"field-group\"><label for=\"$fieldId\">label</label>#end\n"
            + "#macro(customControlFooter $action $fieldId $description $displayParameters $auiparams)</div>#end\n";

    private static Map<String, String> templates;
    private static VelocityEngine engine;

    @BeforeClass
    public static void readDescriptorAndStartVelocity() throws Exception {
        templates = new HashMap<>();
        NodeList types = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Paths.get("atlassian-plugin.xml").toFile()).getElementsByTagName("customfield-type");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (SupportLevelCFType.MODULE_KEY.equals(type.getAttribute("key"))) {
                NodeList resources = type.getElementsByTagName("resource");
                for (int r = 0; r < resources.getLength(); r++) {
                    Element resource = (Element) resources.item(r);
                    assertEquals("velocity", resource.getAttribute("type"));
                    templates.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
        }
        assertEquals(List.of("edit", "view", "xml"), templates.keySet().stream().sorted().toList());

        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
    }

    @Test
    public void viewShowsTheTranslatedLabelOfEachLevel() throws Exception {
        assertEquals(span("L1", "1st\u00a0level"), render("view", "L1", Locale.ENGLISH));
        assertEquals(span("L2", "2nd\u00a0level"), render("view", "L2", Locale.ENGLISH));
        assertEquals(span("L3", "3rd\u00a0level"), render("view", "L3", Locale.ENGLISH));
        assertEquals(span("L1", "1st\u2011Level"), render("view", "L1", Locale.GERMAN));
        assertEquals(span("L3", "3rd\u2011Level"), render("view", "L3", Locale.GERMAN));
    }

    @Test
    public void viewOfAnEmptyFieldIsEmpty() throws Exception {
        assertEquals("", render("view", null, Locale.ENGLISH));
    }

    @Test
    public void viewNeverPrintsAnUnknownValue() throws Exception {
        assertEquals("", render("view", HOSTILE, Locale.ENGLISH));
        assertEquals("", render("view", "l2", Locale.ENGLISH));
    }

    @Test
    public void editOffersNoneAndTheThreeLevelsWithTheCurrentOneSelected() throws Exception {
        String html = render("edit", "L2", Locale.ENGLISH);
        assertTrue(html, html.startsWith("<div class=\"field-group\"><label for=\"customfield_10100\">label</label>"));
        assertTrue(html, html.contains("<select class=\"select cf-select\" name=\"customfield_10100\" id=\"customfield_10100\">"));
        assertEquals(List.of("|None", "L1|1st\u00a0level", "L2|2nd\u00a0level", "L3|3rd\u00a0level"), options(html));
        assertEquals(List.of("L2"), selected(html));
        assertTrue(html, html.endsWith("</select>\n</div>"));
    }

    @Test
    public void editInGermanAndWithoutAValue() throws Exception {
        String html = render("edit", null, Locale.GERMAN);
        assertEquals(List.of("|Keine", "L1|1st\u2011Level", "L2|2nd\u2011Level", "L3|3rd\u2011Level"), options(html));
        assertEquals(List.of(), selected(html));
    }

    @Test
    public void editOfARejectedSubmissionSelectsNothingAndPrintsNothingOfIt() throws Exception {
        for (String submitted : List.of(HOSTILE, "l2", "")) {
            String html = render("edit", submitted, Locale.ENGLISH);
            assertEquals(List.of(), selected(html));
            assertFalse(html, html.contains("script"));
            assertFalse(html, html.contains("\">\""));
        }
    }

    @Test
    public void xmlHoldsTheLevelKey() throws Exception {
        assertEquals("<customfieldvalue>L3</customfieldvalue>", render("xml", "L3", Locale.ENGLISH));
        assertEquals("", render("xml", null, Locale.ENGLISH));
        assertEquals("", render("xml", HOSTILE, Locale.ENGLISH));
    }

    private static String span(String key, String label) {
        return "<span class=\"aui-lozenge aui-lozenge-subtle support-level\" title=\"" + key + "\">" + label + "</span>";
    }

    private static List<String> options(String html) {
        List<String> options = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>").matcher(html);
        while (option.find()) {
            options.add(option.group(1) + "|" + option.group(2));
        }
        return options;
    }

    private static List<String> selected(String html) {
        List<String> selected = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\">").matcher(html);
        while (option.find()) {
            selected.add(option.group(1));
        }
        return selected;
    }

    /** Renders one of the field's templates with the parameters Jira and the field type provide. */
    private static String render(String name, String value, Locale locale) throws Exception {
        JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
        when(authenticationContext.getI18nHelper()).thenReturn(new BundleI18n(locale));
        SupportLevelCFType type = new SupportLevelCFType(mock(CustomFieldValuePersister.class),
                mock(GenericConfigManager.class), authenticationContext);

        VelocityContext context = new VelocityContext(new HashMap<>(type.getVelocityParameters(null, null, null)));
        if (value != null) {
            context.put("value", value);
        }
        context.put("i18n", new BundleI18n(locale));
        context.put("customField", new FieldStub("customfield_10100", "Support <b>Level</b>"));
        context.put("fieldLayoutItem", new FieldLayoutItemStub(false, "Level of the ticket"));
        context.put("action", new Object());
        context.put("displayParameters", Map.of());
        context.put("auiparams", Map.of());

        StringWriter out = new StringWriter();
        engine.evaluate(context, out, name, JIRA_MACROS + read(templates.get(name)));
        return out.toString().trim();
    }

    private static String read(String location) throws Exception {
        try (InputStream in = SupportLevelTemplatesTest.class.getClassLoader().getResourceAsStream(location)) {
            assertTrue("template not on the class path: " + location, in != null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The members of Jira's CustomField the templates read. */
    public static final class FieldStub {
        private final String id;
        private final String name;

        FieldStub(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** The members of Jira's FieldLayoutItem the templates read. */
    public static final class FieldLayoutItemStub {
        private final boolean required;
        private final String fieldDescription;

        FieldLayoutItemStub(boolean required, String fieldDescription) {
            this.required = required;
            this.fieldDescription = fieldDescription;
        }

        public boolean isRequired() {
            return required;
        }

        public String getFieldDescription() {
            return fieldDescription;
        }
    }
}
