package de.tieredsupport.contingent.jira;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keys and summaries for a report's tickets. Jira resolves issues by id from its issue cache; a bulk getter is
 * not part of the evidenced API surface, so this asks once per distinct issue of the report, never per booking.
 */
@Named
public final class JiraIssueInfoLookup implements IssueInfoLookup {

    private final IssueManager issues;

    @Inject
    public JiraIssueInfoLookup(@ComponentImport IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Map<Long, IssueInfo> findAll(Collection<Long> issueIds) {
        Map<Long, IssueInfo> found = new LinkedHashMap<>();
        for (Long issueId : issueIds) {
            Issue issue = issues.getIssueObject(issueId);
            if (issue != null) {
                found.put(issueId, new IssueInfo(issueId, issue.getKey(),
                        issue.getSummary() == null ? "" : issue.getSummary()));
            }
        }
        return found;
    }
}
