package com.atlassian.plugin.util;

/** Test-only stand-in for the plugin framework's {@code PluginKeyStack}, called by AO's EntityManager. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
