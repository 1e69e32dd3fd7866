package de.tieredsupport.contingent.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.internal.scanning.AnnotationAcceptingListener;
import org.glassfish.jersey.server.internal.scanning.PackageNamesScanner;

import de.tieredsupport.contingent.sandbox.fakejira.FakeRestSecurity;
import de.tieredsupport.contingent.sandbox.fakejira.FakeSalUserManager;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * The plugin's REST module as Jersey 3 serves it: every {@link Path} resource and {@link Provider} found by scanning
 * the plugin's REST package, Jackson for JSON, and Jira's REST checks ({@link FakeRestSecurity}). Resources that are
 * plugin components are served as those singletons; the others are built by Jersey, with the plugin's components
 * and the host's fakes available for {@code @Inject}.
 */
public final class RestApplication {

    private RestApplication() {
    }

    /**
     * @param restPackage package to scan, with sub-packages; it may be empty or absent
     * @param bindings    instances available for injection, by the type to inject
     * @param components  the plugin's component singletons
     */
    public static ResourceConfig create(String restPackage, Map<Class<?>, Object> bindings, List<Object> components,
            FakeSalUserManager users) {
        ResourceConfig config = new ResourceConfig();
        for (Class<?> type : scan(restPackage)) {
            Object singleton = components.stream().filter(c -> c.getClass() == type).findFirst().orElse(null);
            if (singleton != null) {
                config.register(singleton);
            } else {
                config.register(type);
            }
        }
        config.register(JacksonFeature.class);
        // Jira's REST module publishes no WADL; without it Jersey needs no JAXB either
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(new FakeRestSecurity(users));
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Map.Entry<Class<?>, Object> binding : bindings.entrySet()) {
                    bind(binding.getValue()).to((Class) binding.getKey());
                }
            }
        });
        return config;
    }

    /** The JAX-RS classes of the package, as Jersey's own package scanning finds them. */
    public static Set<Class<?>> scan(String restPackage) {
        ClassLoader loader = RestApplication.class.getClassLoader();
        AnnotationAcceptingListener listener = new AnnotationAcceptingListener(loader, Path.class, Provider.class);
        PackageNamesScanner scanner = new PackageNamesScanner(loader, new String[] {restPackage}, true);
        while (scanner.hasNext()) {
            String name = scanner.next();
            if (listener.accept(name)) {
                try (InputStream in = scanner.open()) {
                    listener.process(name, in);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + name, e);
                }
            }
        }
        scanner.close();
        return new LinkedHashSet<>(listener.getAnnotatedClasses());
    }
}
