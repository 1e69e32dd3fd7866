package com.atlassian.activeobjects.external;

/**
 * The version of a plugin's AO model, compared numerically. Built only through {@link #valueOf(String)}
 * (the real constructor is private).
 *
 * Evidence: public source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ModelVersion.java;
 *   decompiled activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files): final class, private ModelVersion(int),
 *   static valueOf(String) (null means 0), compareTo, isOlderThan, isSame, isNewerThan.
 * Test behaviour: holds the integer like the real class (private ModelVersion(int), valueOf(null) = 0), so
 *   upgrade-task tests can compare versions; Jira's own class is used at run time.
 * Status: CONFIRMED-11 (class, valueOf(String)) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/ao/upgrade/v1/ProjectConfigurationUpgradeTask001.java
 *   ({@code ModelVersion.valueOf("1")}); isOlderThan, isSame, compareTo CONFIRMED-9 (AO plugin 5.2.1; continuity to 11 inferred)
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version));
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
