package de.tieredsupport.contingent.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * The plugin's components, built as Spring Scanner builds them inside Jira: every class listed in
 * {@code META-INF/plugin-components/component} becomes one singleton, constructed through its {@code @Inject}
 * (or only) constructor. A parameter marked {@link ComponentImport} is a host component (the fakes); any other
 * parameter is another plugin component. Then {@link InitializingBean} and {@link LifecycleAware} callbacks run;
 * {@link #close()} runs the destroy callbacks in reverse.
 * <p>
 * JAX-RS resources and providers in the index are built too, and handed to Jersey as instances.
 */
final class PluginContainer implements AutoCloseable {

    static final String INDEX = "META-INF/plugin-components/component";

    private final Map<Class<?>, Object> host;
    private final List<Class<?>> componentClasses = new ArrayList<>();
    private final Map<Class<?>, Object> components = new LinkedHashMap<>();
    private final Set<Class<?>> building = new LinkedHashSet<>();
    private final List<Object> started = new ArrayList<>();

    PluginContainer(Map<Class<?>, Object> host) {
        this.host = Map.copyOf(host);
    }

    /** Class names of the component index on the class path. */
    static List<String> readIndex(ClassLoader loader) throws IOException {
        List<String> names = new ArrayList<>();
        for (java.net.URL url : Collections.list(loader.getResources(INDEX))) {
            try (InputStream in = url.openStream();
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(names::add);
            }
        }
        return names;
    }

    void start(List<String> classNames, ClassLoader loader) throws Exception {
        for (String name : classNames) {
            componentClasses.add(Class.forName(name, true, loader));
        }
        for (Class<?> type : componentClasses) {
            instance(type);
        }
        for (Object component : components.values()) {
            if (component instanceof InitializingBean) {
                ((InitializingBean) component).afterPropertiesSet();
            }
            if (component instanceof LifecycleAware) {
                ((LifecycleAware) component).onStart();
            }
            started.add(component);
        }
    }

    /** The one component of the given type. */
    <T> T get(Class<T> type) {
        List<Object> found = new ArrayList<>();
        for (Object component : components.values()) {
            if (type.isInstance(component)) {
                found.add(component);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " components of type " + type.getName());
        }
        return type.cast(found.get(0));
    }

    /**
     * A module class of the descriptor (e.g. a servlet), built as the plugin framework builds it: one new instance,
     * constructor-injected from the plugin's components and host imports, not itself a component.
     */
    <T> T buildModule(Class<T> type) throws Exception {
        Constructor<?> constructor = constructorOf(type);
        Parameter[] parameters = constructor.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(type, parameters[i]);
        }
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructing " + type.getName() + " failed", e.getCause());
        }
    }

    /** All components in creation order. */
    List<Object> components() {
        return List.copyOf(components.values());
    }

    static boolean isJaxRs(Class<?> type) {
        return type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class);
    }

    private Object instance(Class<?> type) throws Exception {
        Object existing = components.get(type);
        if (existing != null) {
            return existing;
        }
        if (!building.add(type)) {
            throw new IllegalStateException("Dependency cycle through " + building);
        }
        Constructor<?> constructor = constructorOf(type);
        Parameter[] parameters = constructor.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(type, parameters[i]);
        }
        Object instance;
        try {
            constructor.setAccessible(true);
            instance = constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructing " + type.getName() + " failed", e.getCause());
        }
        building.remove(type);
        components.put(type, instance);
        return instance;
    }

    private Object resolve(Class<?> owner, Parameter parameter) throws Exception {
        Class<?> wanted = parameter.getType();
        if (parameter.isAnnotationPresent(ComponentImport.class)) {
            Object hosted = host.get(wanted);
            if (hosted == null) {
                throw new IllegalStateException("The sandbox has no fake of the host component " + wanted.getName()
                        + " that " + owner.getName() + " imports; add one to the fakejira package");
            }
            return hosted;
        }
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> type : componentClasses) {
            if (wanted.isAssignableFrom(type)) {
                candidates.add(type);
            }
        }
        if (candidates.size() == 1) {
            return instance(candidates.get(0));
        }
        if (candidates.size() > 1) {
            throw new IllegalStateException(owner.getName() + " needs one " + wanted.getName() + " but the plugin has "
                    + candidates);
        }
        throw new IllegalStateException(owner.getName() + " needs a " + wanted.getName()
                + ", which is neither a plugin component nor marked @ComponentImport");
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        Constructor<?>[] all = type.getDeclaredConstructors();
        for (Constructor<?> constructor : all) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                return constructor;
            }
        }
        List<Constructor<?>> visible = new ArrayList<>();
        for (Constructor<?> constructor : all) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                visible.add(constructor);
            }
        }
        if (visible.size() == 1) {
            return visible.get(0);
        }
        if (all.length == 1) {
            return all[0];
        }
        throw new IllegalStateException(type.getName() + " has no @Inject constructor and not exactly one constructor");
    }

    @Override
    public void close() {
        List<Object> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (Object component : reverse) {
            try {
                if (component instanceof LifecycleAware) {
                    ((LifecycleAware) component).onStop();
                }
                if (component instanceof DisposableBean) {
                    ((DisposableBean) component).destroy();
                }
            } catch (Exception e) {
                System.err.println("Stopping " + component.getClass().getName() + " failed: " + e);
            }
        }
        started.clear();
    }
}
