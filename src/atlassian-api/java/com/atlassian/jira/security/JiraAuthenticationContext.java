package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * The user of the current request/thread and its language.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd (getLoggedInUser() assigned to ApplicationUser in
 *   src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java and
 *   service/EstimateFieldServiceImpl.java); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/JiraAuthenticationContext.java
 *   (getLocale(), getI18nHelper()).
 * Status: CONFIRMED-11 (all three) — getLoggedInUser: jira-scrum-poker (above); getI18nHelper: atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java
 *   line 39 ({@code this.i18nHelper = jiraAuthenticationContext.getI18nHelper()} into com.atlassian.jira.util.I18nHelper); getLocale: alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10")
 *   WatcherFieldType.java ({@code _WatcherManager.getWatchers(issue, _AuthenticationContext.getLocale())}, a java.util.Locale parameter)
 */
public interface JiraAuthenticationContext {

    /** Null when anonymous. */
    ApplicationUser getLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();
}
