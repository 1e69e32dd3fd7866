package com.atlassian.sal.api;

/**
 * How {@link ApplicationProperties#getBaseUrl(UrlMode)} builds the URL; e-mails need {@link #CANONICAL}
 * (the configured base URL, independent of the current request).
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/UrlMode.java),
 *   constants in this order.
 * Status: CONFIRMED-11 (CANONICAL, ABSOLUTE, RELATIVE) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java line 233 (CANONICAL),
 *   Platform 8 modules of the same build (ABSOLUTE), slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/soy/PluginResourceUrlSlackFunction.java line 36 (RELATIVE);
 *   RELATIVE_CANONICAL and AUTO CONFIRMED-9 (SAL 5.1.4; continuity to 11 inferred)
 */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
