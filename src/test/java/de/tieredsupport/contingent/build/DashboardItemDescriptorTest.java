package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dashboard item's declaration: the AMD module it names is defined by a script of a web resource in the
 * dashboard's context, every resource file exists, its texts exist in both languages, and its scripts never turn
 * text into HTML.
 */
public class DashboardItemDescriptorTest {

    private static final Path WEB = Paths.get("src/main/resources");
    private static Element item;
    private static Element resources;

    @BeforeClass
    public static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor = factory.newDocumentBuilder().parse(Paths.get("atlassian-plugin.xml").toFile());
        item = only(descriptor.getElementsByTagName("dashboard-item"));
        NodeList webResources = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < webResources.getLength(); i++) {
            Element candidate = (Element) webResources.item(i);
            if ("dashboard-item-resources".equals(candidate.getAttribute("key"))) {
                resources = candidate;
            }
        }
        assertNotNull("web-resource dashboard-item-resources", resources);
    }

    @Test
    public void itemIsConfigurableWithTitleDescriptionAndAmdModule() throws Exception {
        assertEquals("contingent-dashboard-item", item.getAttribute("key"));
        assertEquals("true", item.getAttribute("configurable"));
        Properties english = I18nBundlesTest.load(I18nBundlesTest.ENGLISH);
        Properties german = I18nBundlesTest.load(I18nBundlesTest.GERMAN);
        List<String> keys = List.of(item.getAttribute("i18n-name-key"),
                only(item.getElementsByTagName("title")).getAttribute("key"),
                only(item.getElementsByTagName("description")).getAttribute("key"),
                resources.getAttribute("i18n-name-key"));
        for (String key : keys) {
            assertTrue(key, english.containsKey(key) && german.containsKey(key));
        }
        assertEquals("JIRA", only(item.getElementsByTagName("category")).getTextContent());
    }

    @Test
    public void amdModuleIsDefinedByAScriptOfTheDashboardContext() throws Exception {
        assertEquals("atl.dashboard", only(resources.getElementsByTagName("context")).getTextContent());
        String module = only(item.getElementsByTagName("amd-module")).getTextContent().trim();
        assertEquals("support-contingent/dashboard-item", module);
        boolean defined = false;
        for (String location : locations()) {
            if (location.endsWith(".js")) {
                defined |= Files.readString(WEB.resolve(location), StandardCharsets.UTF_8)
                        .contains("define('" + module + "'");
            }
        }
        assertTrue(module + " is defined", defined);
    }

    @Test
    public void everyResourceExistsAndEveryModuleItNeedsIsDeclaredBeforeUse() throws Exception {
        List<String> defined = new ArrayList<>();
        Pattern define = Pattern.compile("define\\('([\\w/-]+)',\\s*\\[([^\\]]*)\\]");
        for (String location : locations()) {
            Path file = WEB.resolve(location);
            assertTrue(location, Files.isRegularFile(file));
            if (location.endsWith(".js")) {
                Matcher m = define.matcher(Files.readString(file, StandardCharsets.UTF_8));
                assertTrue(location + " defines a named module", m.find());
                for (String dependency : m.group(2).split(",")) {
                    String name = dependency.trim().replace("'", "");
                    assertTrue(location + " needs " + name, name.isEmpty() || defined.contains(name));
                }
                defined.add(m.group(1));
            }
        }
        assertTrue("the JS i18n transformer", resources.getElementsByTagName("transformer").getLength() == 1
                && "jsI18n".equals(((Element) resources.getElementsByTagName("transformer").item(0))
                        .getAttribute("key")));
    }

    @Test
    public void scriptsNeverParseHtml() throws Exception {
        Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|"
                + "new Function|\\.html\\(");
        for (String location : locations()) {
            if (location.endsWith(".js")) {
                String source = Files.readString(WEB.resolve(location), StandardCharsets.UTF_8);
                Matcher m = html.matcher(source);
                assertFalse(location + ": " + (m.find() ? m.group() : ""), html.matcher(source).find());
            }
        }
    }

    private static List<String> locations() {
        List<String> locations = new ArrayList<>();
        NodeList list = resources.getElementsByTagName("resource");
        for (int i = 0; i < list.getLength(); i++) {
            locations.add(((Element) list.item(i)).getAttribute("location"));
        }
        return locations;
    }

    private static Element only(NodeList list) {
        assertEquals(1, list.getLength());
        return (Element) list.item(0);
    }
}
