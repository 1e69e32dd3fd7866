package de.tieredsupport.contingent.sandbox.osgi;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.BeansException;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The plugin jar installed as a resolved bundle in the {@link OsgiHost}: its class loader and entries, and once
 * {@link #start() started}, its Spring context (built as Jira's plugin framework builds it, see
 * {@link SpringContextExtender}), its components and the module classes the host builds from it.
 */
public final class PluginBundle implements AutoCloseable {

    private final Bundle bundle;
    private final ClassLoader loader;
    private GenericApplicationContext context;

    PluginBundle(Bundle bundle) {
        this.bundle = bundle;
        this.loader = bundle.adapt(BundleWiring.class).getClassLoader();
    }

    public Bundle bundle() {
        return bundle;
    }

    /** The bundle's class loader: its own classes and resources, and the host packages it imports. */
    public ClassLoader classLoader() {
        return loader;
    }

    public String symbolicName() {
        return bundle.getSymbolicName();
    }

    /** Starts the bundle and builds its Spring context; the components are constructed and initialised. */
    public void start() {
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new IllegalStateException("The plugin bundle " + symbolicName() + " did not start: "
                    + e.getMessage(), e);
        }
        try {
            context = SpringContextExtender.createContext(bundle);
        } catch (BeansException e) {
            throw new IllegalStateException("The Spring context of " + symbolicName() + " did not start (in Jira the "
                    + "plugin would stay disabled): " + e.getMostSpecificCause(), e);
        }
    }

    /** The plugin's components: the singletons the scanner index lists, in index order. */
    public List<Object> components() {
        List<Object> components = new ArrayList<>();
        for (String className : ScannerIndexNamespaceHandler.indexLines(bundle,
                ScannerIndexNamespaceHandler.COMPONENTS)) {
            components.add(context().getBean(loadClass(ScannerIndexNamespaceHandler.className(className))));
        }
        return components;
    }

    /** The plugin's one component that is an instance of a host type (e.g. a {@code JobRunner}). */
    public <T> T component(Class<T> hostType) {
        List<Object> found = components().stream().filter(hostType::isInstance).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " components of the plugin are a " + hostType.getName());
        }
        return hostType.cast(found.get(0));
    }

    /**
     * A module class of the descriptor (custom field type, searcher, report, servlet, context provider, upgrade task),
     * built as Jira's plugin framework builds one: a new instance created by the plugin's own bean factory, its
     * constructor injected from the plugin's components and component imports. Loaded through the bundle, so a
     * host class (e.g. Jira's own searcher) must be in an imported package.
     */
    public <T> T buildModule(String className, Class<T> hostType) {
        Class<?> type = loadClass(className);
        if (!hostType.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " is not a " + hostType.getName());
        }
        try {
            return hostType.cast(context().getAutowireCapableBeanFactory().createBean(type));
        } catch (BeansException e) {
            throw new IllegalStateException("The plugin's container cannot build the module class " + className
                    + ": " + e.getMostSpecificCause(), e);
        }
    }

    /** A class through the bundle's class loader. */
    public Class<?> loadClass(String className) {
        try {
            return bundle.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The bundle " + symbolicName() + " cannot load " + className, e);
        }
    }

    private GenericApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("The plugin bundle is not started");
        }
        return context;
    }

    /** Closes the Spring context (destroy callbacks) and stops the bundle. */
    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
        try {
            if (bundle.getState() == Bundle.ACTIVE) {
                bundle.stop();
            }
        } catch (BundleException e) {
            System.err.println("Stopping " + symbolicName() + " failed: " + e);
        }
    }
}
