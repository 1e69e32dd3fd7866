package com.atlassian.webresource.api.assembler;

/**
 * Requires web resources for the page being rendered:
 * {@code pageBuilderService.assembler().resources().requireWebResource("plugin.key:resource-key")}.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/PageBuilderService.java: {@code WebResourceAssembler assembler()}); the call chain above in the
 *   Jira 10 plugin atlassian-labs/atlassian-slack-integration-server (tag jira-slack-server-integration-plugin-4.0.6).
 * Status: CONFIRMED-9 (webresource-api 6.1.1; Jira 10.4 ships webresource-api 7.2.2; continuity to 11 inferred — no Jakarta type)
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
