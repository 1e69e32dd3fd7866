package com.atlassian.jira.project;

/**
 * A Jira project (one project = one support contract).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
 *   (getId(), getKey()); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/Project.java
 *   (getName()).
 * Status: CONFIRMED-11 (getId, getKey, getName) — jira-scrum-poker (above); atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java lines 127ff.
 *   (anonymous {@code new Project() { ... }} with {@code Long getId()}, {@code String getName()}, {@code String getKey()}),
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultProjectConfigurationManager.java line 153 (project.getKey(), project.getName())
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
