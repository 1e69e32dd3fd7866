package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public one-argument method of an object registered with {@link EventPublisher} as a listener for the
 * argument's event type. The host finds it by reflection, so RUNTIME retention is essential. Only the marker is
 * used; the optional elements of the real annotation (scope, order) are not declared.
 *
 * Evidence: decompiled atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files, com/atlassian/event/api/EventListener.java):
 *   {@code @Retention(RUNTIME) @Target(METHOD) @Documented}; usage with IssueEvent in public Jira plugins, e.g.
 *   thealeons/openwayTask:src/main/java/ru/aleons/events/IssueCommentListener.java.
 * Status: CONFIRMED-11 (package, name, use on listener methods) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
 *   lines 83, 199 ({@code @EventListener} on issueEvent(IssueEventBundle), onIssueChangeEvent(IssueChangedEvent)); retention/target CONFIRMED-9 (5.0.2)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
