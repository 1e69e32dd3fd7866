package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** What Jira 11 expects of a transformerless plugin bundle, checked on the packaged jar. */
public class PluginBundleIT {

    /** Packages Jira 11 exports to plugins that this plugin may import. */
    static final List<String> HOST_PACKAGE_PREFIXES = List.of(
            "com.atlassian.", "net.java.ao", "jakarta.", "org.slf4j", "com.fasterxml.jackson.",
            "org.springframework.", "org.apache.velocity");

    private static final List<String> FORBIDDEN_CLASS_PREFIXES = List.of(
            "com/atlassian/", "net/java/ao/", "jakarta/", "org/springframework/");

    private static PluginJar jar;
    private static Attributes manifest;

    @BeforeClass
    public static void openJar() throws Exception {
        jar = PluginJar.open();
        manifest = jar.manifest();
    }

    @AfterClass
    public static void closeJar() throws Exception {
        jar.close();
    }

    @Test
    public void descriptorSitsAtTheJarRoot() {
        assertTrue(jar.entryNames().contains("atlassian-plugin.xml"));
    }

    @Test
    public void descriptorIsFilteredWithTheBuildsValues() throws Exception {
        String descriptor = jar.text("atlassian-plugin.xml");
        assertFalse("unfiltered ${...} left in the descriptor", descriptor.contains("${"));
        assertTrue(descriptor.contains("key=\"" + System.getProperty("plugin.key") + "\""));
    }

    @Test
    public void jarHoldsNoHostClasses() {
        List<String> leaked = jar.entryNames().stream()
                .filter(name -> name.endsWith(".class"))
                .filter(name -> FORBIDDEN_CLASS_PREFIXES.stream().anyMatch(name::startsWith))
                .collect(Collectors.toList());
        assertEquals("classes that Jira provides must not be packaged", List.of(), leaked);
    }

    @Test
    public void everyPackagedClassIsThePluginsOwn() {
        List<String> foreign = jar.entryNames().stream()
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith(PluginJar.OWN_PACKAGE.replace('.', '/') + "/"))
                .collect(Collectors.toList());
        assertEquals(List.of(), foreign);
    }

    @Test
    public void manifestCarriesTheTransformerlessHeaders() {
        String key = System.getProperty("plugin.key");
        assertEquals(key, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertNull("the plugin exports nothing", manifest.getValue("Export-Package"));
        assertNull("no osgi.ee requirement (bnd -noee)", manifest.getValue("Require-Capability"));
    }

    @Test
    public void importsAreExplicitHostPackagesWithoutVersionRanges() {
        String header = manifest.getValue("Import-Package");
        for (String clause : PluginJar.clauses(header)) {
            String name = clause.split(";", 2)[0].trim();
            assertFalse("no wildcard import: " + clause, name.contains("*"));
            assertFalse("no version range on a host package: " + clause, clause.contains("version="));
            assertTrue("neither a host nor a JDK package: " + name, isHostPackage(name) || isJdkPackage(name));
        }
    }

    @Test
    public void everyPackageTheClassesUseIsImported() throws Exception {
        Set<String> imported = PluginJar.packageNames(manifest.getValue("Import-Package"));
        JavaClasses classes = new ClassFileImporter().importJar(new java.util.jar.JarFile(jar.path().toFile()));
        Set<String> missing = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (!target.isEmpty() && !target.startsWith("java.") && !target.startsWith(PluginJar.OWN_PACKAGE)
                        && !imported.contains(target)) {
                    missing.add(target + " (used by " + javaClass.getName() + ")");
                }
            }
        }
        assertEquals("packages used by the plugin's classes but not in Import-Package", Set.of(), missing);
    }

    static boolean isHostPackage(String name) {
        return HOST_PACKAGE_PREFIXES.stream().anyMatch(name::startsWith);
    }

    static boolean isJdkPackage(String name) {
        return ModuleLayer.boot().modules().stream()
                .anyMatch(module -> module.getDescriptor().packages().contains(name));
    }
}
