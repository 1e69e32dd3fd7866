package de.tieredsupport.contingent.testsupport.velocity;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.NodeList;

/** The methods the descriptor's {@code velocity-allowlist} module lets templates call. */
public final class VelocityAllowlist {

    private VelocityAllowlist() {
    }

    /**
     * Every allowlisted method as {@code SimpleClassName#method}; fails if a listed class or method does not exist.
     */
    public static Set<String> methods() throws Exception {
        NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml")).getElementsByTagName("method");
        Set<String> allowed = new TreeSet<>();
        for (int i = 0; i < methods.getLength(); i++) {
            String entry = methods.item(i).getTextContent().trim();
            String[] parts = entry.split("#");
            String name = parts[1].substring(0, parts[1].indexOf('('));
            Class.forName(parts[0]).getMethod(name); // throws if the class or method does not exist
            allowed.add(parts[0].substring(parts[0].lastIndexOf('.') + 1) + "#" + name);
        }
        return allowed;
    }
}
