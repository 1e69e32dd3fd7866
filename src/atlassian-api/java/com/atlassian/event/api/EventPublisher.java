package com.atlassian.event.api;

/**
 * The host's event bus. The plugin only registers/unregisters its listener (inherited members); it publishes
 * nothing, so {@code publish(Object)} is not declared.
 *
 * Evidence: decompiled atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files, com/atlassian/event/api/EventPublisher.java):
 *   {@code public interface EventPublisher extends EventListenerRegistrar}; imported with @ComponentImport by the
 *   Jira-era listener pawmac24/myplugin:src/main/java/com/atlassian/plugins/tutorial/myplugin/MyWorklogListener.java.
 * Status: CONFIRMED-11 (type, constructor-injected, register/unregister) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java,
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java (constructor parameter); super-interface CONFIRMED-9 (5.0.2)
 */
public interface EventPublisher extends EventListenerRegistrar {
}
