package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constructor parameter (or field) as an OSGi service imported from the host. The scanner runtime wires
 * imports from the {@code META-INF/plugin-components/imports} index, so the index must list every imported
 * interface; RUNTIME retention matches the real annotation.
 *
 * Evidence: decompiled atlassian-spring-scanner-annotation 3.0.4 (ngannk-fptu/Decompiled-Files):
 *   {@code @Target({PARAMETER, ANNOTATION_TYPE, FIELD}) @Retention(RUNTIME)}, {@code String value() default ""};
 *   Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd (scanner 6.0.0) imports this exact package in 24 classes,
 *   e.g. src/main/java/de/codescape/jira/plugins/scrumpoker/rest/SessionResource.java.
 * Status: CONFIRMED-11 (package and use on constructor parameters); retention/targets CONFIRMED-9 (3.0.4)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
public @interface ComponentImport {

    String value() default "";
}
