package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.osgi.PluginBundle;

/**
 * The sandbox runs the plugin as Jira does, as an OSGi bundle, so that what would break in Jira breaks here: every
 * component and module of the plugin comes from the bundle's class loader, which sees neither the host's copy of the
 * compiled classes nor a host package the manifest does not import. Variants of the packaged jar with one defect
 * each must fail to start, naming the cause.
 */
public class PluginBundleInFelixTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests().demoData(false));
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void everyComponentAndModuleIsTheBundlesOwn() {
        PluginBundle plugin = sandbox.plugin();
        assertEquals(Bundle.ACTIVE, plugin.bundle().getState());
        assertTrue(plugin.components().size() >= 20);
        for (Object component : plugin.components()) {
            assertSame(component.getClass().getName(), plugin.bundle(), FrameworkUtil.getBundle(component.getClass()));
        }
        Set<String> modules = new TreeSet<>();
        sandbox.modules().all().forEach((className, module) -> {
            modules.add(className);
            assertSame(className, plugin.bundle(), FrameworkUtil.getBundle(module.getClass()));
        });
        Set<String> expected = new TreeSet<>(sandbox.descriptor().namedClasses());
        expected.removeAll(sandbox.descriptor().aoEntities());
        assertEquals("every module class the descriptor names is built", expected, modules);
    }

    @Test
    public void theBundleSeesOnlyItselfAndTheHostPackagesItImports() {
        PluginBundle plugin = sandbox.plugin();
        // the host's own classes are not visible to the plugin, though they share a class path in this JVM
        assertThrows(IllegalStateException.class, () -> plugin.loadClass(Sandbox.class.getName()));
        // an imported host package is wired to the host's class, not a copy
        assertSame(com.atlassian.jira.issue.worklog.Worklog.class,
                plugin.loadClass(com.atlassian.jira.issue.worklog.Worklog.class.getName()));
        assertEquals("bundle", plugin.classLoader().getResource("atlassian-plugin.xml").getProtocol());
    }

    @Test
    public void aPackageTheClassesUseButTheManifestDoesNotImportFailsAtItsFirstUse() throws Exception {
        // the lambda AoTransactions hands to ActiveObjects is a SAL TransactionCallback: only invokedynamic names it
        Path jar = variant(manifest -> withoutImport(manifest, "com.atlassian.sal.api.transaction"), Map.of());
        try (Sandbox broken = Sandbox.start(SandboxOptions.forTests().demoData(false).pluginJar(jar))) {
            PluginRest.Failure failure = assertThrows(PluginRest.Failure.class, () -> broken.rest()
                    .putTerms(FakeUsers.MANAGER, "ACME", java.time.YearMonth.now(), TermsJson.terms()
                            .level("L1", 60, "70").level("L2", 60, "80").level("L3", 60, "90").json()));
            assertEquals(500, failure.status());
            assertEquals("nothing stored", 0, broken.tables().contracts());
        }
    }

    @Test
    public void anImportTheHostDoesNotExportStopsTheStartWithThePackageNamed() throws Exception {
        Path jar = variant(manifest -> withImport(manifest, "com.atlassian.jira.nonexistent"), Map.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Sandbox.start(SandboxOptions.forTests().demoData(false).pluginJar(jar)).close());
        assertTrue(refused.getMessage(), refused.getMessage().contains("does not resolve")
                && refused.getMessage().contains("com.atlassian.jira.nonexistent"));
    }

    @Test
    public void twoComponentImportsOfOneSimpleNameNeedBeanNamesOfTheirOwn() throws Exception {
        // Jira's and SAL's UserManager: without #names, the scanner's runtime keeps only the later bean
        Path jar = variant(null, Map.of("META-INF/plugin-components/imports",
                text -> text.replace("#jiraUserManager", "").replace("#salUserManager", "")));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Sandbox.start(SandboxOptions.forTests().demoData(false).pluginJar(jar)).close());
        assertTrue(refused.getMessage(), refused.getMessage().contains("com.atlassian.jira.user.util.UserManager"));
    }

    @Test
    public void aModuleClassWhoseCollaboratorsAreNotImportedCannotBeBuilt() throws Exception {
        // Jira's own searcher named in the descriptor: its constructor needs services the plugin never imported
        Path jar = variant(null, Map.of("atlassian-plugin.xml", text -> text.replace(
                "de.tieredsupport.contingent.jira.field.SupportLevelSearcher",
                "com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher"),
                "META-INF/plugin-components/imports", text -> text.replace(
                        "com.atlassian.jira.jql.operand.JqlOperandResolver\n", "")));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Sandbox.start(SandboxOptions.forTests().demoData(false).pluginJar(jar)).close());
        assertTrue(refused.getMessage(), refused.getMessage().contains("ExactTextSearcher")
                && refused.getMessage().contains("JqlOperandResolver"));
    }

    /** A copy of the packaged jar with its manifest (null: unchanged) and text entries changed. */
    private Path variant(UnaryOperator<Manifest> manifestChange, Map<String, UnaryOperator<String>> entryChanges)
            throws IOException {
        Path original = sandbox.options().pluginJar();
        Path copy = Files.createTempFile(folder.getRoot().toPath(), "variant", ".jar");
        try (JarFile in = new JarFile(original.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            if (manifestChange != null) {
                manifest = manifestChange.apply(manifest);
            }
            try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file,
                    manifest)) {
                for (JarEntry each : Collections.list(in.entries())) {
                    if (each.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(each.getName()));
                    try (InputStream content = in.getInputStream(each)) {
                        UnaryOperator<String> change = entryChanges.get(each.getName());
                        if (change != null) {
                            String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
                            String changed = change.apply(text);
                            assertTrue("the variant changes " + each.getName(), !changed.equals(text));
                            out.write(changed.getBytes(StandardCharsets.UTF_8));
                        } else {
                            content.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private static Manifest withoutImport(Manifest manifest, String packageName) {
        Attributes main = manifest.getMainAttributes();
        String imports = main.getValue("Import-Package");
        StringBuilder kept = new StringBuilder();
        for (String clause : imports.split(",(?=[a-z])")) {
            if (!clause.split(";", 2)[0].trim().equals(packageName)) {
                kept.append(kept.length() == 0 ? "" : ",").append(clause);
            }
        }
        assertNotNull(imports);
        assertTrue("the jar imports " + packageName, kept.length() < imports.length());
        main.putValue("Import-Package", kept.toString());
        return manifest;
    }

    private static Manifest withImport(Manifest manifest, String packageName) {
        Attributes main = manifest.getMainAttributes();
        main.putValue("Import-Package", main.getValue("Import-Package") + "," + packageName);
        return manifest;
    }
}
