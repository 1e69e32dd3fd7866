package de.tieredsupport.contingent.sandbox.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/**
 * Emulation of the Spring extender of Atlassian's plugin framework (a fork of Eclipse Gemini Blueprint, not on Maven
 * Central): for a started bundle whose manifest has {@code Spring-Context}, it builds a real Spring application
 * context from the bundle's own {@code META-INF/spring/*.xml} ({@code *}: all of them), with the bundle's class
 * loader as the bean class loader and the bundle's {@link org.osgi.framework.BundleContext} as the bean
 * {@code bundleContext}. Only the Spring Scanner namespace is handled besides Spring's own (the plugin's XML uses
 * nothing else); XML is read without schema validation, since the schemas are not fetched.
 */
final class SpringContextExtender {

    static final String HEADER = "Spring-Context";

    private SpringContextExtender() {
    }

    /** The refreshed context of a started bundle; throws with the cause if Spring cannot build it. */
    static GenericApplicationContext createContext(Bundle bundle) {
        String header = bundle.getHeaders().get(HEADER);
        if (header == null) {
            throw new IllegalStateException(bundle.getSymbolicName() + " has no " + HEADER + " header: Jira would"
                    + " transform it into a bundle first, and the sandbox does not");
        }
        if (!"*".equals(header.trim())) {
            throw new IllegalStateException(HEADER + ": " + header + " is not supported by the sandbox host (only *)");
        }
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        GenericApplicationContext context = new GenericApplicationContext();
        context.setDisplayName("Spring context of " + bundle.getSymbolicName());
        context.setClassLoader(loader);
        context.getBeanFactory().registerSingleton("bundleContext", bundle.getBundleContext());

        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        DefaultNamespaceHandlerResolver springNamespaces =
                new DefaultNamespaceHandlerResolver(SpringContextExtender.class.getClassLoader());
        reader.setNamespaceHandlerResolver(namespace -> {
            if (ScannerIndexNamespaceHandler.NAMESPACE.equals(namespace)) {
                NamespaceHandler handler = new ScannerIndexNamespaceHandler(bundle, loader);
                handler.init();
                return handler;
            }
            return springNamespaces.resolve(namespace);
        });
        for (URL file : springFiles(bundle)) {
            try (InputStream in = file.openStream()) {
                reader.loadBeanDefinitions(new ByteArrayResource(in.readAllBytes(), "bundle entry " + file.getPath()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    private static List<URL> springFiles(Bundle bundle) {
        Enumeration<URL> found = bundle.findEntries("META-INF/spring", "*.xml", false);
        List<URL> files = found == null ? new ArrayList<>() : new ArrayList<>(Collections.list(found));
        files.sort(Comparator.comparing(URL::getPath));
        return files;
    }
}
