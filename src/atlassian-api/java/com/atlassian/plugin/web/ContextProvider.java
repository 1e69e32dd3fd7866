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
 * Status: CONFIRMED-9 (webfragment-api 6.0.1; continuity to 11 inferred — no Jakarta type)
 */
public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
