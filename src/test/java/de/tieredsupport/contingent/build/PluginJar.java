package de.tieredsupport.contingent.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** The packaged plugin jar, as Jira would receive it; read by the *IT checks after {@code package}. */
final class PluginJar implements AutoCloseable {

    static final String OWN_PACKAGE = "de.tieredsupport.contingent";

    private final Path path;
    private final JarFile jar;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    static PluginJar open() {
        String location = System.getProperty("plugin.jar");
        if (location == null) {
            throw new IllegalStateException("system property plugin.jar is not set; run through `mvn verify`");
        }
        Path path = Paths.get(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("plugin jar not found: " + path);
        }
        try {
            return new PluginJar(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    Attributes manifest() throws IOException {
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            throw new IllegalStateException("jar has no manifest");
        }
        return manifest.getMainAttributes();
    }

    /** Package names of an OSGi package header, attributes stripped; quoted commas are respected. */
    static Set<String> packageNames(String header) {
        Set<String> names = new LinkedHashSet<>();
        for (String clause : clauses(header)) {
            names.add(clause.split(";", 2)[0].trim());
        }
        return names;
    }

    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }

    String text(String entryName) throws IOException {
        JarEntry entry = jar.getJarEntry(entryName);
        if (entry == null) {
            throw new IllegalStateException("missing in jar: " + entryName);
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Non-blank, non-comment lines of a scanner index file; {@code Class#beanName} lines give the class. */
    /** The class names of an index file (a line may add {@code #beanName}, which is dropped here). */
    List<String> indexLines(String indexName) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : rawIndexLines(indexName)) {
            names.add(line.split("#", 2)[0]);
        }
        return names;
    }

    /** The lines of an index file as written, {@code #beanName} included. */
    List<String> rawIndexLines(String indexName) throws IOException {
        String entryName = "META-INF/plugin-components/" + indexName;
        if (jar.getJarEntry(entryName) == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text(entryName).split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(jar.getJarEntry("atlassian-plugin.xml"))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /**
     * Loads the jar's own classes first (child-first for the plugin package), with the compile-only Atlassian
     * declarations and the provided host jars from the test class path behind them, as Jira would link them.
     */
    ClassLoader classLoader() {
        try {
            URL url = path.toUri().toURL();
            ClassLoader parent = PluginJar.class.getClassLoader();
            return new URLClassLoader(new URL[] {url}, parent) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    if (name.startsWith(OWN_PACKAGE + ".")) {
                        synchronized (getClassLoadingLock(name)) {
                            Class<?> loaded = findLoadedClass(name);
                            if (loaded == null) {
                                loaded = findClass(name);
                            }
                            return loaded;
                        }
                    }
                    return super.loadClass(name, resolve);
                }
            };
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
