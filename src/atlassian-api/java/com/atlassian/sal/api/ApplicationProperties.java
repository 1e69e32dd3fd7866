package com.atlassian.sal.api;

/**
 * SAL application properties (subset): the base URL for links in alert e-mails. Not Jira's
 * {@code com.atlassian.jira.config.properties.ApplicationProperties}.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/ApplicationProperties.java):
 *   {@code @Nonnull String getBaseUrl(UrlMode)}; the no-argument getBaseUrl() is deprecated there and not declared.
 * Status: CONFIRMED-11 (getBaseUrl(UrlMode)) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java line 233
 *   ({@code applicationProperties.getBaseUrl(UrlMode.CANONICAL)}); the Slack Jira build imports it as
 *   {@code @ComponentImport("salApplicationProperties")} (jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java line 58)
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
