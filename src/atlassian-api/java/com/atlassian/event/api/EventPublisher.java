package com.atlassian.event.api;

/**
 * The host's event bus. The plugin only registers/unregisters its listener (inherited members); it publishes
 * nothing, so {@code publish(Object)} is not declared.
 *
 * Evidence: decompiled atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files, com/atlassian/event/api/EventPublisher.java):
 *   {@code public interface EventPublisher extends EventListenerRegistrar}; imported with @ComponentImport by the
 *   Jira-era listener pawmac24/myplugin:src/main/java/com/atlassian/plugins/tutorial/myplugin/MyWorklogListener.java.
 * Status: CONFIRMED-9 (atlassian-event 5.0.2; continuity to 11 inferred — no Jakarta type)
 */
public interface EventPublisher extends EventListenerRegistrar {
}
