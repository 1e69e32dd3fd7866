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
 * Status: CONFIRMED-9 (atlassian-event 5.0.2; Jira 10/11 ship atlassian-event 6.x per the platform notes, unchanged API inferred)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
