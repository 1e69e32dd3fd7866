package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Supplies the Velocity context of a web panel (issue view panel). {@code init} receives the module's
 * {@code <param>}s; {@code getContextMap} receives Jira's context (for the issue view it holds the issue under
 * "issue") and returns the template's context. The real {@code init} declares the unchecked PluginParseException,
 * which is left out.
 *
 * Evidence: decompiled atlassian-plugins-webfragment-api 6.0.1 (ngannk-fptu/Decompiled-Files, com/atlassian/plugin/web/ContextProvider.java):
 *   {@code void init(Map<String, String> params) throws PluginParseException; Map<String, Object> getContextMap(Map<String, Object> context)}.
 * Status: CONFIRMED-11 (init(Map<String, String>), getContextMap(Map<String, Object>)) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/contextproviders/SlackGlobalAdminDataProvider.java lines 38-55 ({@code implements com.atlassian.plugin.web.ContextProvider} with both
 *   methods, used by a web-panel context-provider in the Jira descriptor); the PluginParseException on init is left out
 */
public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
