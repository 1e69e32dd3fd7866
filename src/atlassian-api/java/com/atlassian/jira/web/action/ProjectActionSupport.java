package com.atlassian.jira.web.action;

/**
 * The action passed to a report's methods; the report only calls inherited members of {@link JiraWebActionSupport}.
 * Never constructed by the plugin (mocked in tests).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/web/action/ProjectActionSupport.java
 *   ({@code public class ProjectActionSupport extends JiraWebActionSupport}); parameter type of Report's methods in the same source;
 *   https://docs.atlassian.com/jira/4.0/com/atlassian/jira/web/action/user/AbstractUserReport.html (hierarchy).
 * Status: CONFIRMED-9 (6.3 source; continuity to 11 inferred — the Jakarta change touches only inherited request accessors)
 */
public class ProjectActionSupport extends JiraWebActionSupport {

    public ProjectActionSupport() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
