package com.atlassian.jira.web.action;

import com.atlassian.jira.project.Project;

/**
 * Base of Jira's WebWork actions (subset); declared as the super-class of {@link ProjectActionSupport}, the action a
 * report receives. Its own super-classes (JiraActionSupport, webwork's ActionSupport) are left out: the calls below
 * resolve through them at run time. The plugin does not subclass it. Not declared: {@code getLoggedInUser()} (its
 * return type changed in 7.0 and has no later evidence — use JiraAuthenticationContext) and the Jakarta-typed
 * {@code getHttpRequest()} (CONFIRMED-11 but not needed by the report).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/web/action/JiraWebActionSupport.java
 *   ({@code public Project getSelectedProjectObject()}; {@code addError(String, String)} and {@code addErrorMessage(String)} of ErrorCollection);
 *   Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/action/AbstractScrumPokerAction.java
 *   (subclassed on 11, addErrorMessage(String)).
 * Status: CONFIRMED-11 (class, addErrorMessage); getSelectedProjectObject and addError CONFIRMED-9 (6.3 source)
 */
public class JiraWebActionSupport {

    public JiraWebActionSupport() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** The project the user is browsing (the report's project). CONFIRMED-9. */
    public Project getSelectedProjectObject() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** A validation error for one report parameter; Jira shows the configuration form again. CONFIRMED-9. */
    public void addError(String field, String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** CONFIRMED-11. */
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
