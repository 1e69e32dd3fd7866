package com.atlassian.jira.issue;

import java.util.Collection;

/**
 * Jira's issue manager (subset).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java
 *   ({@code getIssueObject(String)} → MutableIssue); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java for getIssueObject(Long)
 *   and getIssueIdsForProject(Long); https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html.
 * Status: CONFIRMED-11 (getIssueObject(String)); getIssueObject(Long) and getIssueIdsForProject(Long) CONFIRMED-9 (6.3 source, 7.0.6 javadoc)
 */
public interface IssueManager {

    /** CONFIRMED-9. Null when no such issue. */
    MutableIssue getIssueObject(Long id);

    /** CONFIRMED-11. Null when no such issue. */
    MutableIssue getIssueObject(String key);

    /**
     * All issue ids of a project, without loading the issues. CONFIRMED-9.
     * The real method declares the checked {@code org.ofbiz.core.entity.GenericEntityException}; it is left out here
     * (checked exceptions do not take part in linking), so callers must catch {@code Exception}, not only
     * {@code RuntimeException}.
     */
    Collection<Long> getIssueIdsForProject(Long projectId);
}
