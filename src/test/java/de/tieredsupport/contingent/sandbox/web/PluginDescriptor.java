package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's {@code atlassian-plugin.xml} as Jira's plugin framework reads it from the plugin: the modules the
 * sandbox builds or serves ({@code servlet} modules under {@code /plugins/servlet}, the files of {@code web-resource}
 * modules under {@code /download/resources}, the {@code ao} module's entities, the i18n resource, every class the
 * descriptor names), and the plugin's resources, read through the same class loader as the descriptor (in the
 * sandbox: the plugin bundle's).
 */
public final class PluginDescriptor {

    public static final String FILE = "atlassian-plugin.xml";

    /** A servlet module: its class and its url-patterns below {@code /plugins/servlet}. */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    private final ClassLoader resources;
    private final Element root;
    private final String pluginKey;
    private final List<ServletModule> servlets = new ArrayList<>();
    private final Map<String, Map<String, String>> webResources = new LinkedHashMap<>();

    private PluginDescriptor(Document document, ClassLoader resources) {
        this.resources = resources;
        this.root = document.getDocumentElement();
        pluginKey = root.getAttribute("key");
        for (Element servlet : elements(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            for (Element url : elements(servlet, "url-pattern")) {
                patterns.add(url.getTextContent().trim());
            }
            servlets.add(new ServletModule(servlet.getAttribute("key"), servlet.getAttribute("class"), patterns));
        }
        for (Element module : elements(root, "web-resource")) {
            Map<String, String> files = new LinkedHashMap<>();
            for (Element resource : elements(module, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    files.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
            webResources.put(pluginKey + ":" + module.getAttribute("key"), files);
        }
    }

    /** Reads the descriptor from the test class path (the build's filtered copy), for tests of single modules. */
    public static PluginDescriptor load() {
        return load(PluginDescriptor.class.getClassLoader());
    }

    /** Reads the descriptor at the root of what the class loader sees, e.g. the plugin bundle. */
    public static PluginDescriptor load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not found through " + loader);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in), loader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the plugin descriptor", e);
        } catch (Exception e) {
            throw new IllegalStateException("The plugin descriptor is not valid XML", e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    /** Download files of a web resource by its complete key ({@code plugin:module}): name to location. */
    public Map<String, String> webResource(String completeKey) {
        return webResources.getOrDefault(completeKey, Map.of());
    }

    /** A resource of the plugin (a template, script, stylesheet), or null if it has none at that location. */
    public InputStream openResource(String location) {
        return resources.getResourceAsStream(location);
    }

    /** The class loader the plugin's classes and resources come through. */
    public ClassLoader classLoader() {
        return resources;
    }

    /** The {@code class} attribute of the module {@code <element key="moduleKey">}. */
    public String moduleClass(String element, String moduleKey) {
        return module(element, moduleKey).getAttribute("class");
    }

    /** The class of a web panel's {@code <context-provider>}. */
    public String contextProviderClass(String webPanelKey) {
        List<Element> providers = elements(module("web-panel", webPanelKey), "context-provider");
        if (providers.size() != 1) {
            throw new IllegalArgumentException("web panel " + webPanelKey + " has no single context provider");
        }
        return providers.get(0).getAttribute("class");
    }

    /** The {@code <entity>} classes of the {@code ao} module, in order. */
    public List<String> aoEntities() {
        return texts("ao", "entity");
    }

    /** The {@code namespace} of the {@code ao} module, which decides the table prefix. */
    public String aoNamespace() {
        List<Element> modules = elements(root, "ao");
        if (modules.size() != 1) {
            throw new IllegalStateException("the descriptor has " + modules.size() + " <ao> modules");
        }
        return modules.get(0).getAttribute("namespace");
    }

    /** The {@code <upgradeTask>} classes of the {@code ao} module, in order. */
    public List<String> aoUpgradeTasks() {
        return texts("ao", "upgradeTask");
    }

    /** The locations of the plugin-level {@code <resource type="i18n">} elements. */
    public List<String> i18nLocations() {
        List<String> locations = new ArrayList<>();
        for (Element resource : elements(root, "resource")) {
            if (resource.getParentNode() == root && "i18n".equals(resource.getAttribute("type"))) {
                locations.add(resource.getAttribute("location"));
            }
        }
        return locations;
    }

    /** Every class the descriptor names: {@code class} attributes, AO entities and upgrade tasks. */
    public Set<String> namedClasses() {
        Set<String> names = new LinkedHashSet<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                names.add(element.getAttribute("class"));
            }
        }
        names.addAll(aoEntities());
        names.addAll(aoUpgradeTasks());
        return names;
    }

    private List<String> texts(String moduleElement, String child) {
        List<String> texts = new ArrayList<>();
        for (Element module : elements(root, moduleElement)) {
            for (Element element : elements(module, child)) {
                texts.add(element.getTextContent().trim());
            }
        }
        return texts;
    }

    private Element module(String element, String moduleKey) {
        for (Element module : elements(root, element)) {
            if (moduleKey.equals(module.getAttribute("key"))) {
                return module;
            }
        }
        throw new IllegalArgumentException("No <" + element + " key=\"" + moduleKey + "\"> in " + FILE);
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
