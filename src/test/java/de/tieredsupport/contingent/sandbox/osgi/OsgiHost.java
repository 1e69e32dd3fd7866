package de.tieredsupport.contingent.sandbox.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The sandbox's OSGi container, as Jira embeds one: a real Apache Felix framework whose system bundle exports the
 * host packages ({@link HostPackages}) and offers the host's components as OSGi services, and into which a plugin jar
 * is installed as a bundle. The plugin's classes come only through the bundle's class loader: the bundle's parent is
 * the boot class loader and Felix's implicit boot delegation is off, so a package the bundle uses but does not
 * import is a {@link NoClassDefFoundError}, exactly as in Jira, even though the sandbox's own class path holds the
 * compiled plugin classes too.
 */
public final class OsgiHost implements AutoCloseable {

    private static final Pattern MISSING_PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([\\w.$]+)");

    /** The host's exports; the class path does not change while the JVM runs, so it is read once. */
    private static volatile String exports;

    private final Path storage;
    private final Framework framework;

    private OsgiHost(Path storage, Framework framework) {
        this.storage = storage;
        this.framework = framework;
    }

    /** Starts a framework of its own (several may run in one JVM, e.g. two cluster nodes). */
    public static OsgiHost start() {
        Path storage;
        try {
            storage = Files.createTempDirectory("sandbox-felix");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports());
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        // never hand a bundle a class its wiring does not give it (Felix otherwise falls back to the caller's loader)
        config.put("felix.bootdelegation.implicit", "false");
        // several frameworks in one JVM: no JVM-wide URL handler factories
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, OsgiHost.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        try {
            framework.start();
        } catch (BundleException e) {
            throw new IllegalStateException("The OSGi framework did not start", e);
        }
        return new OsgiHost(storage, framework);
    }

    private static String exports() {
        if (exports == null) {
            exports = HostPackages.exportClause(HostPackages.of(OsgiHost.class.getClassLoader()));
        }
        return exports;
    }

    /** The system bundle's context: the host registers its services here. */
    public BundleContext systemContext() {
        return framework.getBundleContext();
    }

    /** Offers a host component as an OSGi service under the name of the interface plugins import it by. */
    public <T> void registerService(Class<T> type, T service) {
        systemContext().registerService(type, service, null);
    }

    /** Offers a service that each bundle gets its own instance of (e.g. Active Objects, the template renderer). */
    public <T> void registerServiceFactory(Class<T> type, ServiceFactory<T> factory) {
        systemContext().registerService(type, factory, null);
    }

    /**
     * Installs the jar as a bundle and resolves it against the host's exports. A bundle that does not resolve stops
     * here, with every package it imports that the host does not export named.
     */
    public PluginBundle install(Path jar) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = systemContext().installBundle(jar.toUri().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin jar " + jar, e);
        } catch (BundleException e) {
            throw new IllegalStateException("The plugin jar " + jar + " is not a valid OSGi bundle: "
                    + e.getMessage(), e);
        }
        if (!framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            String reason;
            try {
                bundle.start();
                reason = "unknown reason";
            } catch (BundleException e) {
                reason = e.getMessage();
            }
            throw new IllegalStateException("The plugin bundle " + bundle.getSymbolicName() + " does not resolve: "
                    + missingPackages(reason) + "\n" + reason);
        }
        return new PluginBundle(bundle);
    }

    /** The packages a resolution failure names, e.g. {@code imports packages the host does not export: a.b}. */
    static String missingPackages(String reason) {
        TreeSet<String> packages = new TreeSet<>();
        Matcher matcher = MISSING_PACKAGE.matcher(reason == null ? "" : reason);
        while (matcher.find()) {
            packages.add(matcher.group(1));
        }
        return packages.isEmpty() ? "see the framework's reason below"
                : "it imports packages the host does not export: " + String.join(", ", packages);
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            System.err.println("Stopping the OSGi framework failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Removing " + storage + " failed: " + e);
        }
    }
}
