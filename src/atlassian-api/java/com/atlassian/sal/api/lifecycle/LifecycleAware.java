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
 * Status: CONFIRMED-9 (SAL 5.1.4; continuity to 11 inferred — no Jakarta type)
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
