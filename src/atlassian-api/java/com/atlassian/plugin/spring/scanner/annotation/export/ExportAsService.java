package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a plugin component as an OSGi service of the given interfaces; needed so the host calls a
 * {@code LifecycleAware} component. The scanner runtime reads this annotation reflectively on beans listed in its
 * index, so RUNTIME retention is essential. The element {@code properties()} of the real annotation is not declared
 * (not used; absent elements are harmless).
 *
 * Evidence: decompiled atlassian-spring-scanner-annotation 3.0.4 (ngannk-fptu/Decompiled-Files):
 *   {@code @Target({TYPE, FIELD}) @Retention(RUNTIME)}, {@code Class<?>[] value() default {}};
 *   Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java
 *   uses {@code @ExportAsService(PluginUpgradeTask.class)}.
 * Status: CONFIRMED-11 (package, value()); retention/targets CONFIRMED-9 (3.0.4)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ExportAsService {

    Class<?>[] value() default {};
}
