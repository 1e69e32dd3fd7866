package com.atlassian.jira.util;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's translations for one locale; they include the i18n resources of enabled plugins. Overload trap: with
 * String arguments the String overloads are chosen; {@link #getText(String, Object)} takes a list or array of
 * arguments.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/I18nHelper.java
 *   (getLocale(), getText(String), getText(String, String), getText(String, String, String), getText(String, Object));
 *   DefaultTimeTrackingIssueUpdater in the same source calls {@code getI18nHelper().getText(key, String)}.
 * Status: CONFIRMED-11 (type, getText(String)) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java line 64
 *   ({@code i18nHelper.getText("common.concepts.unassigned")}); getLocale and the getText(String, String), (String, String, String),
 *   (String, Object) overloads CONFIRMED-9 (6.3 source; continuity to 11 inferred — no Jakarta type; $i18n in Jira 11.3.1 templates of
 *   codescape/jira-scrum-poker is this type)
 */
public interface I18nHelper {

    Locale getLocale();

    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, String value1, String value2);

    String getText(String key, Object parameters);

    /**
     * Translations for another user or locale, e.g. the language of an alert recipient.
     *
     * Evidence: https://docs.atlassian.com/jira/server/com/atlassian/jira/util/I18nHelper.BeanFactory.html (7.x,
     *   getInstance(Locale), getInstance(ApplicationUser)); a Jira component injected into many Jira 6.3 classes
     *   (e.g. jira-core ProjectEventHandlerImpl in turgaycelik/mysource@ee01e28a).
     * Status: CONFIRMED-9 (7.x javadoc); its availability as an OSGi import (@ComponentImport) is INFERRED
     */
    interface BeanFactory {

        I18nHelper getInstance(Locale locale);

        I18nHelper getInstance(ApplicationUser user);
    }
}
