package com.atlassian.jira.project;

import java.util.List;

/**
 * Jira's project manager (subset).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
 *   (getProjectByCurrentKey(String) → Project); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java
 *   (getProjectObj(Long) → Project, getProjectObjects() → List&lt;Project&gt;).
 * Status: CONFIRMED-11 (getProjectByCurrentKey); getProjectObj and getProjectObjects CONFIRMED-9 (6.3 source; getProjectObjects
 *   keeps its List&lt;Project&gt; return type there — unlike getProjects(), which changed type in 7.0 and is not declared)
 */
public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectByCurrentKey(String key);

    List<Project> getProjectObjects();
}
