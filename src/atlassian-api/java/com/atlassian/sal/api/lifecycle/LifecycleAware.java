package com.atlassian.sal.api.lifecycle;

/**
 * Called by the host once the application and the plugin are fully started / before the plugin stops. Only
 * components exported as an OSGi service of this interface are called
 * ({@code @ExportAsService(LifecycleAware.class)} plus the scanner's {@code exports} index).
 * The plugin registers its job runner and schedules its reconciliation job in {@link #onStart()}.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/lifecycle/LifecycleAware.java);
 *   https://docs.atlassian.com/sal-parent/4.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 *   (only OSGi services of this interface are notified).
 * Status: CONFIRMED-10 (Jira Software 10.7.2 javadoc https://docs.atlassian.com/jira-software/10.7.2/com/atlassian/greenhopper/Launcher.html:
 *   {@code public class Launcher implements com.atlassian.sal.api.lifecycle.LifecycleAware}, onStart()); onStop and continuity to 11 CONFIRMED-9
 *   (SAL 5.1.4) — no Jira 11 use found; no Jakarta type in the signatures
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
