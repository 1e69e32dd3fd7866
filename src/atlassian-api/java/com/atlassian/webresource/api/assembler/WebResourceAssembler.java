package com.atlassian.webresource.api.assembler;

/**
 * The page's resource assembler; there is no requireWebResource directly on it, only via {@link #resources()}.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/WebResourceAssembler.java: {@code RequiredResources resources()}).
 * Status: CONFIRMED-11 (resources()) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunctionFactory.java line 83 (the chain assembler().resources())
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
