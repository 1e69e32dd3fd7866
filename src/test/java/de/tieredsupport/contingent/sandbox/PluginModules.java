package de.tieredsupport.contingent.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.plugin.report.Report;
import com.atlassian.plugin.web.ContextProvider;

import de.tieredsupport.contingent.sandbox.osgi.PluginBundle;
import de.tieredsupport.contingent.sandbox.web.PluginDescriptor;

import jakarta.servlet.http.HttpServlet;

/**
 * The module classes of the plugin's descriptor, built when the plugin is enabled as Jira's plugin framework builds
 * them: through the plugin's own container ({@link PluginBundle#buildModule}), Jira's own classes (e.g. a searcher
 * named in the descriptor) included, so a module Jira could not build stops the sandbox's start with the reason.
 * The sandbox serves the servlets, the report and the web panel's context provider; the others (field type,
 * searcher, upgrade tasks) are built to prove that Jira can build them.
 */
public final class PluginModules {

    public static final String REPORT = "billing-report";
    public static final String PANEL = "contingent-panel";

    private final Map<String, Object> byClassName = new LinkedHashMap<>();
    private final Map<PluginDescriptor.ServletModule, HttpServlet> servlets = new LinkedHashMap<>();
    private final Report report;
    private final ContextProvider panel;

    PluginModules(PluginBundle plugin, PluginDescriptor descriptor) {
        for (String className : descriptor.namedClasses()) {
            if (descriptor.aoEntities().contains(className)) {
                continue; // entities are interfaces Active Objects implements, not modules
            }
            byClassName.put(className, plugin.buildModule(className, Object.class));
        }
        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            servlets.put(module, typed(module.className(), HttpServlet.class));
        }
        for (String task : descriptor.aoUpgradeTasks()) {
            typed(task, ActiveObjectsUpgradeTask.class);
        }
        report = typed(descriptor.moduleClass("report", REPORT), Report.class);
        panel = typed(descriptor.contextProviderClass(PANEL), ContextProvider.class);
        panel.init(Map.of());
    }

    /** Every built module instance by the class name the descriptor gives. */
    public Map<String, Object> all() {
        return Map.copyOf(byClassName);
    }

    public Map<PluginDescriptor.ServletModule, HttpServlet> servlets() {
        return servlets;
    }

    /** The billing report's module instance (Jira builds one per report module). */
    public Report report() {
        return report;
    }

    /** The issue panel's context provider. */
    public ContextProvider panelContextProvider() {
        return panel;
    }

    /** The class names of built modules that are instances of the given host type. */
    public List<String> ofType(Class<?> hostType) {
        return byClassName.entrySet().stream().filter(e -> hostType.isInstance(e.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    private <T> T typed(String className, Class<T> hostType) {
        Object module = byClassName.get(className);
        if (!hostType.isInstance(module)) {
            throw new IllegalStateException("The module class " + className + " is not a " + hostType.getName());
        }
        return hostType.cast(module);
    }
}
