package de.tieredsupport.contingent.sandbox.fakejira;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.atlassian.jira.plugin.report.ReportModuleDescriptor;

import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;

/**
 * Fake of Jira's module descriptors for the plugin's Velocity modules: reads {@code atlassian-plugin.xml} and the
 * templates through the plugin's class loader and renders a module's Velocity resource by its name,
 * with Jira's HTML escaping ({@link JiraLikeVelocity}). Jira would also add its standard context (base URL, i18n,
 * web resource manager); the plugin's templates use only what its own code puts into the context.
 */
public final class FakeModuleDescriptors {

    private static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final Document plugin;
    private final JiraLikeVelocity velocity;

    /** The descriptor and templates of the plugin whose class loader this is (in the sandbox: the bundle's). */
    public FakeModuleDescriptors(ClassLoader pluginLoader) {
        velocity = new JiraLikeVelocity(pluginLoader);
        try (InputStream in = pluginLoader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not found through " + pluginLoader);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            plugin = factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + DESCRIPTOR, e);
        }
    }

    /** The location of the Velocity resource {@code name} of the module {@code <element key="moduleKey">}. */
    public String velocityResource(String element, String moduleKey, String name) {
        NodeList modules = plugin.getDocumentElement().getElementsByTagName(element);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (!moduleKey.equals(module.getAttribute("key"))) {
                continue;
            }
            NodeList resources = module.getElementsByTagName("resource");
            for (int j = 0; j < resources.getLength(); j++) {
                Element resource = (Element) resources.item(j);
                if ("velocity".equals(resource.getAttribute("type")) && name.equals(resource.getAttribute("name"))) {
                    return resource.getAttribute("location");
                }
            }
            throw new IllegalArgumentException("Module " + moduleKey + " has no Velocity resource " + name);
        }
        throw new IllegalArgumentException("No <" + element + " key=\"" + moduleKey + "\"> in " + DESCRIPTOR);
    }

    /** Renders a module's Velocity resource as Jira renders it (HTML escaping on). */
    public String render(String element, String moduleKey, String name, Map<String, ?> context) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) context;
        return velocity.render(velocityResource(element, moduleKey, name), values);
    }

    /** The descriptor Jira hands to the report module's {@code init}: {@code getHtml} renders its resources. */
    public ReportModuleDescriptor report(String moduleKey) {
        velocityResource("report", moduleKey, "view");
        return (resourceName, startingParams) -> render("report", moduleKey, resourceName, startingParams);
    }

    /** Renders a web panel's "view" resource with the context its context provider built. */
    public String webPanel(String moduleKey, Map<String, Object> context) {
        return render("web-panel", moduleKey, "view", context);
    }
}
