package de.tieredsupport.contingent.sandbox.fakejira;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

/**
 * Fake of Jira's {@link EventPublisher}: keeps registered listeners and, on {@link #publish}, calls their public
 * one-argument {@link EventListener} methods whose parameter type accepts the event, synchronously. Jira's own
 * event classes (e.g. {@code IssueEvent}) cannot be built outside Jira, so the sandbox publishes none of them.
 */
public final class FakeEventPublisher implements EventPublisher {

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    public List<Object> listeners() {
        return List.copyOf(listeners);
    }

    /** Delivers the event to every matching listener method. */
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException("Listener " + method + " failed", e.getCause());
                    }
                }
            }
        }
    }
}
