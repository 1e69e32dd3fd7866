package com.atlassian.jira.project;

import java.util.List;

/**
 * Jira's project manager (subset).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
 *   (getProjectByCurrentKey(String) → Project); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java
 *   (getProjectObj(Long) → Project, getProjectObjects() → List&lt;Project&gt;).
 * Status: CONFIRMED-11 (getProjectByCurrentKey, getProjectObj(Long)) — jira-scrum-poker (above); atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultProjectConfigurationManager.java lines 90, 114 ({@code final Project project = projectManager.getProjectObj(projectId)});
 *   getProjectObjects CONFIRMED-9 (6.3 source; its List<Project> return type since 7.0)
 */
public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectByCurrentKey(String key);

    List<Project> getProjectObjects();
}
