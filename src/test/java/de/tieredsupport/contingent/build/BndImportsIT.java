package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;

import org.junit.Test;

/**
 * The hand-kept {@code Import-Package} (property {@code host.imports} of the POM) against bnd's own computation for
 * the packaged jar with {@code Import-Package: *}. bnd reads every constant pool, method descriptor, signature,
 * annotation and {@code invokedynamic} bootstrap argument, so it sees a host type that appears only as the target of
 * a lambda or in a descriptor, which a scan of class references misses; in Jira such a package is a
 * {@code NoClassDefFoundError} at the first call. A package bnd needs that the list lacks fails the build.
 */
public class BndImportsIT {

    @Test
    public void everyPackageBndComputesIsImported() throws Exception {
        Set<String> computed;
        Set<String> declared;
        try (PluginJar jar = PluginJar.open()) {
            computed = computedImports(jar.path().toFile());
            declared = PluginJar.packageNames(jar.manifest().getValue("Import-Package"));
        }
        assertTrue("bnd computed no imports at all: " + computed, computed.contains("org.slf4j"));
        Set<String> missing = new TreeSet<>(computed);
        missing.removeAll(declared);
        assertEquals("packages the jar's classes need (bnd, Import-Package: *) but host.imports in pom.xml lacks",
                Set.of(), missing);
    }

    @Test
    public void theComputationSeesATypeUsedOnlyByALambda() throws Exception {
        // AoTransactions passes a method reference as SAL's TransactionCallback: only invokedynamic names the type
        try (PluginJar jar = PluginJar.open()) {
            assertTrue(computedImports(jar.path().toFile()).contains("com.atlassian.sal.api.transaction"));
        }
    }

    /** The packages bnd imports for the jar's classes, as maven-bundle-plugin would with {@code *}. */
    static Set<String> computedImports(File jarFile) throws Exception {
        try (Analyzer analyzer = new Analyzer(); Jar jar = new Jar(jarFile)) {
            analyzer.setJar(jar);
            analyzer.setProperty(Constants.IMPORT_PACKAGE, "*");
            analyzer.setProperty(Constants.EXPORT_PACKAGE, "");
            analyzer.setProperty(Constants.NOIMPORTJAVA, "true");
            analyzer.setProperty(Constants.NOEE, "true");
            Manifest manifest = analyzer.calcManifest();
            assertEquals("bnd errors: " + analyzer.getErrors(), 0, analyzer.getErrors().size());
            return PluginJar.packageNames(manifest.getMainAttributes().getValue(Constants.IMPORT_PACKAGE));
        }
    }
}
