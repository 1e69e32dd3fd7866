package com.atlassian.activeobjects.external;

/**
 * An Active Objects upgrade task, listed as {@code <upgradeTask>} inside the {@code <ao>} module; the host
 * creates it through the plugin's container (constructor injection works) and runs it when the stored model
 * version is older than {@link #getModelVersion()}.
 *
 * Evidence: public source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java;
 *   decompiled activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files), identical.
 * Status: CONFIRMED-11 — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/ao/upgrade/v1/ProjectConfigurationUpgradeTask001.java
 *   ({@code implements ActiveObjectsUpgradeTask}, getModelVersion(), upgrade(ModelVersion, ActiveObjects))
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
