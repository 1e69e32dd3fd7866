package com.atlassian.event.api;

/**
 * Registration of listener objects; the super-interface of {@link EventPublisher}.
 *
 * Evidence: decompiled atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files, com/atlassian/event/api/EventListenerRegistrar.java):
 *   register(Object), unregister(Object), unregisterAll().
 * Status: CONFIRMED-9 (atlassian-event 5.0.2; continuity to 11 inferred — no Jakarta type)
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
