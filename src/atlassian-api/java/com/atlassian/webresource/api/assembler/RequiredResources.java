package com.atlassian.webresource.api.assembler;

/**
 * Resources the page requires.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/RequiredResources.java: {@code @Nonnull RequiredResources requireWebResource(@Nonnull String completeModuleKey)}).
 * Status: CONFIRMED-11 (requireWebResource(String)) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunctionFactory.java line 83; the return type
 *   RequiredResources (chaining) CONFIRMED-9 (webresource-api 6.1.1)
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String completeModuleKey);
}
