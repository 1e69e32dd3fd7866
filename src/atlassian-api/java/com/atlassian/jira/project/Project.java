package com.atlassian.jira.project;

/**
 * A Jira project (one project = one support contract).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
 *   (getId(), getKey()); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/Project.java
 *   (getName()).
 * Status: CONFIRMED-11 (getId, getKey); getName CONFIRMED-9 (6.3 source)
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
