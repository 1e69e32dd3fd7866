package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.internal.scanning.AnnotationAcceptingListener;

import de.tieredsupport.contingent.sandbox.fakejira.FakeRestSecurity;
import de.tieredsupport.contingent.sandbox.fakejira.FakeSalUserManager;
import de.tieredsupport.contingent.sandbox.osgi.PluginBundle;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * The plugin's REST module as Jira's REST v2 serves it on Jersey 3: every {@link Path} resource and {@link Provider}
 * class of the plugin bundle (found by scanning the bundle's own class entries and loaded through the bundle),
 * instances from the plugin's container (components are its singletons; any other class is built by the container
 * as a module), Jackson for JSON, and Jira's REST checks ({@link FakeRestSecurity}) in front.
 *
 * <p>Resources are registered as classes and their instances bound to those classes in Jersey's injection manager,
 * the way Jersey takes resources from another container (Jira's REST module asks the plugin's container for them
 * likewise). An instance registered directly would be checked as a provider as well: Jersey finds no provider
 * interface on a resource and warns that the "provider … will be ignored" (it serves the resource all the same).
 * Providers are registered as the container's instances.
 */
public final class RestApplication {

    private RestApplication() {
    }

    public static ResourceConfig create(PluginBundle plugin, FakeSalUserManager users) {
        ResourceConfig config = new ResourceConfig();
        List<Object> components = plugin.components();
        Map<Class<?>, Object> resources = new LinkedHashMap<>();
        for (Class<?> type : scan(plugin)) {
            Object singleton = components.stream().filter(c -> c.getClass() == type).findFirst().orElse(null);
            Object instance = singleton != null ? singleton : plugin.buildModule(type.getName(), Object.class);
            if (type.isAnnotationPresent(Path.class)) {
                config.register(type);
                resources.put(type, instance);
            } else {
                config.register(instance);
            }
        }
        config.register(new ContainerInstances(resources));
        config.register(JacksonFeature.class);
        // Jira's REST module publishes no WADL; without it Jersey needs no JAXB either
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(new FakeRestSecurity(users));
        return config;
    }

    /**
     * Binds each resource class to the plugin container's instance of it. Ranked above the binding Jersey adds for a
     * registered resource class (which would build a new instance itself), so that every request gets the container's.
     */
    private static final class ContainerInstances extends AbstractBinder {
        private final Map<Class<?>, Object> instances;

        ContainerInstances(Map<Class<?>, Object> instances) {
            this.instances = instances;
        }

        @Override
        protected void configure() {
            instances.forEach(this::bindInstance);
        }

        private <T> void bindInstance(Class<T> type, Object instance) {
            bind(type.cast(instance)).to(type).ranked(1);
        }
    }

    /** The JAX-RS classes of the bundle, read from its class entries as Jersey's annotation scanning reads them. */
    public static Set<Class<?>> scan(PluginBundle plugin) {
        AnnotationAcceptingListener listener = new AnnotationAcceptingListener(plugin.classLoader(), Path.class,
                Provider.class);
        Enumeration<URL> entries = plugin.bundle().findEntries("/", "*.class", true);
        List<URL> classes = entries == null ? new ArrayList<>() : Collections.list(entries);
        for (URL entry : classes) {
            String name = entry.getPath().startsWith("/") ? entry.getPath().substring(1) : entry.getPath();
            if (name.startsWith("META-INF/") || !listener.accept(name)) {
                continue;
            }
            try (InputStream in = entry.openStream()) {
                listener.process(name, in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + name + " of the plugin bundle", e);
            }
        }
        return new LinkedHashSet<>(listener.getAnnotatedClasses());
    }
}
