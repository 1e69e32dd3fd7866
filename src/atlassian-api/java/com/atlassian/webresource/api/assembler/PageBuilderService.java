package com.atlassian.webresource.api.assembler;

/**
 * Requires web resources for the page being rendered:
 * {@code pageBuilderService.assembler().resources().requireWebResource("plugin.key:resource-key")}.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/PageBuilderService.java: {@code WebResourceAssembler assembler()}); the call chain above in the
 *   Jira 10 plugin atlassian-labs/atlassian-slack-integration-server (tag jira-slack-server-integration-plugin-4.0.6).
 * Status: CONFIRMED-11 (assembler()) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunctionFactory.java lines 83, 105, 124
 *   ({@code pageBuilderService.assembler().resources().requireWebResource(LINK_RESOURCE)})
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
