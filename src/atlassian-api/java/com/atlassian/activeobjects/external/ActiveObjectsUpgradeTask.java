package com.atlassian.activeobjects.external;

/**
 * An Active Objects upgrade task, listed as {@code <upgradeTask>} inside the {@code <ao>} module; the host
 * creates it through the plugin's container (constructor injection works) and runs it when the stored model
 * version is older than {@link #getModelVersion()}.
 *
 * Evidence: public source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java;
 *   decompiled activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files), identical.
 * Status: CONFIRMED-9 (AO plugin 5.2.1, Jira 9.13 era; Jira 10.4 ships AO 6.1.1 and no change to this interface is
 *   known; continuity to 11 inferred — no Jakarta type in the signature)
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
