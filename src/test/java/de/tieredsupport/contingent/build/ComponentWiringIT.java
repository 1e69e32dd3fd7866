package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The wiring Jira's plugin framework and Spring Scanner runtime will perform, checked on the packaged jar:
 * every class the descriptor names exists, the scanner indexes match the annotations in the code, and every
 * component's constructor can be satisfied by another component or by an imported host interface.
 *
 * <p>Module classes (the plugin's own classes named in a descriptor {@code class} attribute, e.g. a custom field
 * type) are not components: the plugin framework builds each module instance itself through the plugin's
 * container, injecting the constructor from the same bean factory. So their {@code @ComponentImport} parameters
 * belong in the imports index as well, and their constructors must be satisfiable like a component's.
 */
public class ComponentWiringIT {

    private static final String NAMED = "jakarta.inject.Named";
    private static final String INJECT = "jakarta.inject.Inject";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";

    private static PluginJar jar;
    private static ClassLoader loader;
    private static Set<String> importedPackages;

    @BeforeClass
    public static void openJar() throws Exception {
        jar = PluginJar.open();
        loader = jar.classLoader();
        importedPackages = PluginJar.packageNames(jar.manifest().getValue("Import-Package"));
    }

    @AfterClass
    public static void closeJar() throws Exception {
        jar.close();
    }

    @Test
    public void everyClassNamedInTheDescriptorExists() throws Exception {
        Document descriptor = jar.descriptor();
        List<String> named = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                named.add(element.getAttribute("class"));
            }
            if (Set.of("entity", "upgradeTask").contains(element.getTagName())) {
                named.add(element.getTextContent().trim());
            }
        }
        Set<String> problems = new TreeSet<>();
        for (String className : named) {
            if (className.startsWith(PluginJar.OWN_PACKAGE + ".")) {
                if (!jar.entryNames().contains(className.replace('.', '/') + ".class")) {
                    problems.add(className + " is not in the jar");
                }
            } else if (!importedPackages.contains(packageOf(className))) {
                problems.add(className + " is a host class whose package is not imported");
            }
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    public void componentIndexListsExactlyTheNamedClasses() throws Exception {
        Set<String> indexed = new TreeSet<>(jar.indexLines("component"));
        Set<String> annotated = new TreeSet<>();
        for (String className : ownClassNames()) {
            Class<?> type = loader.loadClass(className);
            if (hasAnnotation(type.getAnnotations(), NAMED)) {
                annotated.add(className);
            }
        }
        assertEquals("META-INF/plugin-components/component vs @Named classes", annotated, indexed);
    }

    @Test
    public void moduleClassesAreNotComponents() throws Exception {
        Set<String> both = new TreeSet<>(moduleClassNames());
        both.retainAll(jar.indexLines("component"));
        assertEquals("module classes are built by the plugin framework; a @Named copy would be a second instance",
                Set.of(), both);
    }

    @Test
    public void importsIndexListsExactlyTheComponentAndModuleImports() throws Exception {
        Set<String> indexed = new TreeSet<>(jar.indexLines("imports"));
        Set<String> imported = new TreeSet<>();
        Set<String> injected = new TreeSet<>(jar.indexLines("component"));
        injected.addAll(moduleClassNames());
        for (String className : injected) {
            for (Parameter parameter : injectionConstructor(loader.loadClass(className)).getParameters()) {
                if (hasAnnotation(parameter.getAnnotations(), COMPONENT_IMPORT)) {
                    imported.add(parameter.getType().getName());
                }
            }
        }
        assertEquals("META-INF/plugin-components/imports vs @ComponentImport parameters of components and modules",
                imported, indexed);
        for (String name : indexed) {
            Class<?> type = loader.loadClass(name);
            assertTrue(name + " must be an interface Jira exports", type.isInterface());
            assertTrue(name + " must come from an imported host package", importedPackages.contains(packageOf(name)));
        }
    }

    /**
     * Spring Scanner's runtime names an import bean after {@code #name} in its index line, else after the interface's
     * simple name, and a second bean of the same name silently replaces the first (two imported {@code UserManager}s
     * would leave only one). Names are unique, and a {@code @ComponentImport("name")} is written into the index.
     */
    @Test
    public void everyImportHasABeanNameOfItsOwnAsTheAnnotationsSay() throws Exception {
        java.util.Map<String, String> nameOfType = new java.util.TreeMap<>();
        Set<String> names = new TreeSet<>();
        for (String line : jar.rawIndexLines("imports")) {
            String[] parts = line.split("#", 2);
            String simple = parts[0].substring(Math.max(parts[0].lastIndexOf('.'), parts[0].lastIndexOf('$')) + 1);
            String name = parts.length > 1 ? parts[1] : java.beans.Introspector.decapitalize(simple);
            assertTrue("bean name " + name + " of " + parts[0] + " is taken", names.add(name));
            assertEquals("listed once: " + parts[0], null, nameOfType.put(parts[0], name));
        }
        Set<String> injected = new TreeSet<>(jar.indexLines("component"));
        injected.addAll(moduleClassNames());
        for (String className : injected) {
            for (Parameter parameter : injectionConstructor(loader.loadClass(className)).getParameters()) {
                for (Annotation annotation : parameter.getAnnotations()) {
                    if (annotation.annotationType().getName().equals(COMPONENT_IMPORT)) {
                        String value = (String) annotation.annotationType().getMethod("value").invoke(annotation);
                        if (!value.isEmpty()) {
                            assertEquals(className + ": @ComponentImport(\"" + value + "\") "
                                    + parameter.getType().getName(), value, nameOfType.get(parameter.getType().getName()));
                        }
                    }
                }
            }
        }
    }

    @Test
    public void everyComponentAndModuleConstructorCanBeSatisfied() throws Exception {
        List<Class<?>> components = new ArrayList<>();
        for (String className : jar.indexLines("component")) {
            components.add(loader.loadClass(className));
        }
        List<Class<?>> injected = new ArrayList<>(components);
        for (String className : moduleClassNames()) {
            injected.add(loader.loadClass(className));
        }
        Set<String> imports = Set.copyOf(jar.indexLines("imports"));
        Set<String> unsatisfied = new TreeSet<>();
        for (Class<?> type : injected) {
            for (Parameter parameter : injectionConstructor(type).getParameters()) {
                Class<?> needed = parameter.getType();
                boolean byComponent = components.stream()
                        .filter(candidate -> candidate != type)
                        .anyMatch(needed::isAssignableFrom);
                boolean byImport = imports.contains(needed.getName())
                        && hasAnnotation(parameter.getAnnotations(), COMPONENT_IMPORT);
                if (!byComponent && !byImport) {
                    unsatisfied.add(type.getName() + "(" + needed.getName() + " " + parameter.getName() + ")");
                }
            }
        }
        assertEquals("constructor parameters no component or host import provides", Set.of(), unsatisfied);
    }

    /** The plugin's own classes named in a {@code class} attribute of the descriptor. */
    private static Set<String> moduleClassNames() throws Exception {
        Set<String> names = new TreeSet<>();
        NodeList all = jar.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String className = ((Element) all.item(i)).getAttribute("class");
            if (className.startsWith(PluginJar.OWN_PACKAGE + ".")) {
                names.add(className);
            }
        }
        return names;
    }

    /** The constructor Spring will use: the single {@code @Inject} one, else the only public one. */
    static Constructor<?> injectionConstructor(Class<?> type) {
        List<Constructor<?>> injected = Arrays.stream(type.getDeclaredConstructors())
                .filter(constructor -> hasAnnotation(constructor.getAnnotations(), INJECT))
                .collect(Collectors.toList());
        if (injected.size() == 1) {
            return injected.get(0);
        }
        List<Constructor<?>> publicOnes = Arrays.stream(type.getDeclaredConstructors())
                .filter(constructor -> Modifier.isPublic(constructor.getModifiers()))
                .collect(Collectors.toList());
        if (injected.isEmpty() && publicOnes.size() == 1) {
            return publicOnes.get(0);
        }
        throw new AssertionError(type.getName() + " needs exactly one @Inject constructor or one public constructor");
    }

    private static List<String> ownClassNames() {
        String prefix = PluginJar.OWN_PACKAGE.replace('.', '/') + "/";
        return jar.entryNames().stream()
                .filter(name -> name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .collect(Collectors.toList());
    }

    private static boolean hasAnnotation(Annotation[] annotations, String typeName) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals(typeName));
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
