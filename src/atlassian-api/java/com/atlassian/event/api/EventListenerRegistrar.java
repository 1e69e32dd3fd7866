package com.atlassian.event.api;

/**
 * Registration of listener objects; the super-interface of {@link EventPublisher}.
 *
 * Evidence: decompiled atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files, com/atlassian/event/api/EventListenerRegistrar.java):
 *   register(Object), unregister(Object), unregisterAll().
 * Status: CONFIRMED-11 (register, unregister, called on an EventPublisher) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java lines 14, 19;
 *   that they are declared on EventListenerRegistrar (not EventPublisher) CONFIRMED-9 (5.0.2) — either way the calls link
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
