package de.tieredsupport.contingent.sandbox.osgi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages the sandbox's OSGi framework exports to the plugin bundle through its system bundle, as Jira exports
 * its API and the libraries it shares with plugins: the compile-only Atlassian declarations (on the host's class
 * path, they stand in for Jira's classes), Jakarta EE, Spring, Active Objects ({@code net.java.ao}), Jackson and
 * SLF4J. Each package is found on the host's class path (a directory or jar holding classes in it) and exported
 * with Jira 11.3's version of its library where known, else the version its jar states.
 * <p>
 * Nothing of the plugin's own packages is exported: the bundle must carry them.
 */
public final class HostPackages {

    /** Class path roots whose packages Jira exports to plugins. */
    static final List<String> ROOTS = List.of("com/atlassian/", "jakarta/", "org/springframework/", "net/java/ao/",
            "com/fasterxml/jackson/", "org/slf4j/");

    /**
     * Versions of Jira 11.3 (shared/reference/jira11-addendum.md: platform 8.1.13 at Jira 11.3.6: Spring 6.2.15,
     * servlet 6.0.0, ws.rs 3.1.0, inject 2.0.1, annotation 2.1.1, Jackson 2.19.4; Active Objects 6.1.1 since Jira 10.4).
     * The plugin imports without version ranges, so they inform and do not decide resolution.
     */
    private static final Map<String, String> JIRA_11_3 = new LinkedHashMap<>();

    static {
        JIRA_11_3.put("org.springframework", "6.2.15");
        JIRA_11_3.put("jakarta.servlet", "6.0.0");
        JIRA_11_3.put("jakarta.ws.rs", "3.1.0");
        JIRA_11_3.put("jakarta.inject", "2.0.1");
        JIRA_11_3.put("jakarta.annotation", "2.1.1");
        JIRA_11_3.put("com.fasterxml.jackson", "2.19.4");
        JIRA_11_3.put("net.java.ao", "6.1.1");
        JIRA_11_3.put("com.atlassian.jira", "11.3.0");
    }

    private static final String OWN = "de/tieredsupport/";
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private HostPackages() {
    }

    /** Package name to OSGi version of every host package on the class path of {@code loader}, sorted. */
    public static Map<String, String> of(ClassLoader loader) {
        Map<String, String> packages = new TreeMap<>();
        for (String root : ROOTS) {
            Enumeration<URL> urls;
            try {
                urls = loader.getResources(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (URL url : Collections.list(urls)) {
                collect(url, root, packages);
            }
        }
        return packages;
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}: {@code a.b;version="1.2.3",…}. */
    public static String exportClause(Map<String, String> packages) {
        StringBuilder clause = new StringBuilder();
        packages.forEach((name, version) -> {
            if (clause.length() > 0) {
                clause.append(',');
            }
            clause.append(name).append(";version=\"").append(version).append('"');
        });
        return clause.toString();
    }

    private static void collect(URL url, String root, Map<String, String> packages) {
        try {
            if ("file".equals(url.getProtocol())) {
                Path directory = Paths.get(url.toURI());
                Path base = directory;
                for (int i = 0; i < root.split("/").length; i++) {
                    base = base.getParent();
                }
                Path classesRoot = base;
                try (Stream<Path> files = Files.walk(directory)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                        String relative = classesRoot.relativize(f.getParent()).toString()
                                .replace(File.separatorChar, '/');
                        add(relative, null, packages);
                    });
                }
            } else if ("jar".equals(url.getProtocol())) {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                URL jarUrl = ((JarURLConnection) connection).getJarFileURL();
                try (JarFile jar = new JarFile(new File(jarUrl.toURI()))) {
                    Manifest manifest = jar.getManifest();
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(root) && name.endsWith(".class") && name.lastIndexOf('/') > 0
                                && !name.startsWith("META-INF/")) {
                            add(name.substring(0, name.lastIndexOf('/')), manifest, packages);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list host packages under " + url, e);
        }
    }

    private static void add(String path, Manifest manifest, Map<String, String> packages) {
        if (path.isEmpty() || path.startsWith(OWN) || path.contains("-")) {
            return;
        }
        String name = path.replace('/', '.');
        packages.putIfAbsent(name, versionOf(name, manifest));
    }

    private static String versionOf(String packageName, Manifest manifest) {
        for (Map.Entry<String, String> known : JIRA_11_3.entrySet()) {
            if (packageName.equals(known.getKey()) || packageName.startsWith(known.getKey() + ".")) {
                return known.getValue();
            }
        }
        if (manifest != null) {
            Attributes main = manifest.getMainAttributes();
            for (String header : new String[] {"Bundle-Version", "Implementation-Version"}) {
                String version = osgiVersion(main.getValue(header));
                if (version != null) {
                    return version;
                }
            }
        }
        return "0.0.0";
    }

    /** The numeric part of a library version as an OSGi version, e.g. {@code 2.0.17} or {@code 6.1.1}. */
    static String osgiVersion(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = VERSION.matcher(text.trim());
        if (!matcher.lookingAt()) {
            return null;
        }
        return matcher.group(1) + "." + (matcher.group(2) == null ? "0" : matcher.group(2)) + "."
                + (matcher.group(3) == null ? "0" : matcher.group(3));
    }
}
