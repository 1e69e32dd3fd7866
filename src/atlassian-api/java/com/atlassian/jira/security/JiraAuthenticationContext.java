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
 * Status: CONFIRMED-11 (getLoggedInUser); getLocale and getI18nHelper CONFIRMED-9 (6.3 source)
 */
public interface JiraAuthenticationContext {

    /** Null when anonymous. */
    ApplicationUser getLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();
}
