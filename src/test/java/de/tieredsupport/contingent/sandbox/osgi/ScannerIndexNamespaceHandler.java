package de.tieredsupport.contingent.sandbox.osgi;

import java.beans.Introspector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.w3c.dom.Element;

/**
 * Emulation of Atlassian Spring Scanner's runtime (not on Maven Central): the handler of the namespace
 * {@value #NAMESPACE}, whose {@code <atlassian-scanner:scan-indexes/>} reads the index files the scanner's build step
 * writes into the bundle, {@value #COMPONENTS} (one class per line: a singleton bean, constructor-injected through
 * Spring's annotation processing, {@code @Inject} honoured) and {@value #IMPORTS} (one host interface per line: an
 * OSGi service lookup, {@link OsgiServiceImport}). A line is a class name, optionally followed by
 * {@code #beanName}; without one, a component is named as Spring names an annotated class and an import after its
 * interface's simple name with a lower-case first letter, and a later definition of the same name silently replaces
 * the earlier one, as in the scanner's runtime (so two imported {@code UserManager}s need names of their own).
 * Classes come through the bundle's class loader. Annotation
 * processing is switched on, as {@code <context:component-scan/>} does. An {@code exports} index (components
 * published as OSGi services) is refused: the plugin publishes none, and the sandbox would not honour it.
 */
final class ScannerIndexNamespaceHandler extends NamespaceHandlerSupport {

    static final String NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    static final String COMPONENTS = "META-INF/plugin-components/component";
    static final String IMPORTS = "META-INF/plugin-components/imports";
    static final String EXPORTS = "META-INF/plugin-components/exports";

    private final Bundle bundle;
    private final ClassLoader loader;

    ScannerIndexNamespaceHandler(Bundle bundle, ClassLoader loader) {
        this.bundle = bundle;
        this.loader = loader;
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("scan-indexes", new ScanIndexes());
    }

    /** The lines of an index file in the bundle, without blanks and comments; empty if the bundle has none. */
    static List<String> indexLines(Bundle bundle, String entry) {
        URL url = bundle.getEntry(entry);
        List<String> lines = new ArrayList<>();
        if (url == null) {
            return lines;
        }
        try (InputStream in = url.openStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " of " + bundle.getSymbolicName(), e);
        }
        return lines;
    }

    /** The class name of an index line ({@code a.b.C} or {@code a.b.C#name}). */
    static String className(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String beanName(String line) {
        int hash = line.indexOf('#');
        return hash < 0 || hash == line.length() - 1 ? null : line.substring(hash + 1);
    }

    private final class ScanIndexes implements BeanDefinitionParser {

        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            BeanDefinitionRegistry registry = parserContext.getRegistry();
            AnnotationConfigUtils.registerAnnotationConfigProcessors(registry,
                    parserContext.extractSource(element));
            if (bundle.getEntry(EXPORTS) != null) {
                throw new IllegalStateException(EXPORTS + " is not supported by the sandbox host");
            }
            AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
            for (String line : indexLines(bundle, COMPONENTS)) {
                AnnotatedGenericBeanDefinition definition = new AnnotatedGenericBeanDefinition(load(className(line)));
                String name = beanName(line);
                registry.registerBeanDefinition(name != null ? name : names.generateBeanName(definition, registry),
                        definition);
            }
            for (String line : indexLines(bundle, IMPORTS)) {
                Class<?> type = load(className(line));
                RootBeanDefinition definition = new RootBeanDefinition(OsgiServiceImport.class);
                ConstructorArgumentValues arguments = new ConstructorArgumentValues();
                arguments.addIndexedArgumentValue(0, bundle.getBundleContext());
                arguments.addIndexedArgumentValue(1, type);
                definition.setConstructorArgumentValues(arguments);
                definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
                String name = beanName(line);
                registry.registerBeanDefinition(name != null ? name : Introspector.decapitalize(type.getSimpleName()),
                        definition);
            }
            return null;
        }

        private Class<?> load(String className) {
            try {
                return loader.loadClass(className);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Spring Scanner index of " + bundle.getSymbolicName() + " names "
                        + className + ", which the bundle's class loader cannot load: " + e, e);
            }
        }
    }
}
