package de.tieredsupport.contingent.sandbox.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parts of the plugin's own {@code atlassian-plugin.xml} (the filtered copy on the class path) that the sandbox
 * serves as Jira would: {@code servlet} modules under {@code /plugins/servlet} and the files of
 * {@code web-resource} modules under {@code /download/resources}.
 */
public final class PluginDescriptor {

    /** A servlet module: its class and its url-patterns below {@code /plugins/servlet}. */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    private final String pluginKey;
    private final List<ServletModule> servlets = new ArrayList<>();
    private final Map<String, Map<String, String>> webResources = new LinkedHashMap<>();

    private PluginDescriptor(Document document) {
        Element root = document.getDocumentElement();
        pluginKey = root.getAttribute("key");
        NodeList servletElements = root.getElementsByTagName("servlet");
        for (int i = 0; i < servletElements.getLength(); i++) {
            Element servlet = (Element) servletElements.item(i);
            List<String> patterns = new ArrayList<>();
            NodeList urls = servlet.getElementsByTagName("url-pattern");
            for (int j = 0; j < urls.getLength(); j++) {
                patterns.add(urls.item(j).getTextContent().trim());
            }
            servlets.add(new ServletModule(servlet.getAttribute("key"), servlet.getAttribute("class"), patterns));
        }
        NodeList resourceModules = root.getElementsByTagName("web-resource");
        for (int i = 0; i < resourceModules.getLength(); i++) {
            Element module = (Element) resourceModules.item(i);
            Map<String, String> files = new LinkedHashMap<>();
            NodeList resources = module.getElementsByTagName("resource");
            for (int j = 0; j < resources.getLength(); j++) {
                Element resource = (Element) resources.item(j);
                if ("download".equals(resource.getAttribute("type"))) {
                    files.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
            webResources.put(pluginKey + ":" + module.getAttribute("key"), files);
        }
    }

    /** Reads the descriptor from the class path (the build's filtered copy). */
    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin descriptor", e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    /** Download files of a web resource by its complete key ({@code plugin:module}): name to class path location. */
    public Map<String, String> webResource(String completeKey) {
        return webResources.getOrDefault(completeKey, Map.of());
    }
}
