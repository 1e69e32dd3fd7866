package de.tieredsupport.contingent.sandbox.fakejira;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Jira components the plugin's module classes receive in their constructors but the sandbox has no use for: the
 * custom field type's value persister and config manager (the fake Jira keeps the Support Level in its issue table
 * and never stores it through the field type) and the searcher's JQL helpers (the sandbox runs no JQL). Jira offers
 * them as OSGi services, so the sandbox does too, so that the plugin's container can build those modules exactly as
 * in Jira; every call on one throws, naming the method, so nothing can rely on them unnoticed.
 */
public final class UnservedComponents {

    /** The interfaces, in the order they are offered. */
    static final List<Class<?>> TYPES = List.of(CustomFieldValuePersister.class, GenericConfigManager.class,
            JqlOperandResolver.class, CustomFieldInputHelper.class, FieldVisibilityManager.class);

    private UnservedComponents() {
    }

    /** One stand-in per interface. */
    static Map<Class<?>, Object> all() {
        Map<Class<?>, Object> stubs = new LinkedHashMap<>();
        for (Class<?> type : TYPES) {
            stubs.put(type, stub(type));
        }
        return stubs;
    }

    private static Object stub(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString":
                    return "unserved " + type.getName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new UnsupportedOperationException("The sandbox does not serve " + type.getSimpleName()
                            + "." + method.getName() + "; the plugin must not need it outside Jira's own field code");
            }
        });
    }
}
