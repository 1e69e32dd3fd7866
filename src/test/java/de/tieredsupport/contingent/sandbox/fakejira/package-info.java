/**
 * <b>Fake Jira.</b> Everything in this package imitates what Jira Data Center provides to the plugin at run time —
 * users, permissions, projects, issues with the Support Level and Request category fields, worklogs, the cluster lock service, the event
 * publisher, the scheduler, the mail queue and the login — by implementing the compile-only Atlassian
 * declarations of {@code src/atlassian-api/java}. None of it is Jira's behaviour beyond what the plugin relies on;
 * the plugin's own adapters ({@code de.tieredsupport.contingent.jira}) run unchanged on top of it.
 * <p>
 * Issues and worklogs live in two plain tables of the sandbox database ({@code SANDBOX_JIRA_ISSUE},
 * {@code SANDBOX_JIRA_WORKLOG}), as Jira keeps its own tables beside the plugin's AO tables, so a restart (or a
 * second sandbox node on the same database) sees the same issues and worklogs; a third
 * ({@code SANDBOX_JIRA_CHANGE_ITEM}) keeps the change history of the field the plugin writes through the issue
 * manager (the Request category). Users and projects are fixed.
 */
package de.tieredsupport.contingent.sandbox.fakejira;
