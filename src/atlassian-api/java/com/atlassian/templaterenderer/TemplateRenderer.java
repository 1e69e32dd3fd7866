package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the plugin's Velocity templates (classpath paths inside the plugin) for its servlet pages. The real methods
 * also declare the unchecked RenderingException, which is left out.
 *
 * Evidence: Jira 11.3.6 plugin mrkhachaturov/jira-mcp-plugin (jakarta rebuild) src/main/java/com/atlassian/mcp/plugin/admin/AdminServlet.java
 *   (@ComponentImport TemplateRenderer, render(String, Writer) from a jakarta HttpServlet); decompiled atlassian-template-renderer-api 5.0.4
 *   (ngannk-fptu/Decompiled-Files, com/atlassian/templaterenderer/TemplateRenderer.java) for render(String, Map, Writer) and renderFragment.
 * Status: CONFIRMED-11 (type, render(String, Writer)); render(String, Map, Writer) and renderFragment CONFIRMED-9 (5.0.4)
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;

    String renderFragment(String fragment, Map<String, Object> context);
}
