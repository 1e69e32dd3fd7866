package de.tieredsupport.contingent.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Keys and summaries for a report's tickets, read from Jira in bulk ({@link IssueManager#getIssueObjects}), at most
 * {@value #BATCH} ids per call, so a report of a thousand tickets costs one read instead of a thousand.
 */
@Named
public final class JiraIssueInfoLookup implements IssueInfoLookup {

    /** Ids per bulk read: keeps each read (an OR of ids in Jira's database) to a moderate size. */
    static final int BATCH = 1000;

    private final IssueManager issues;

    @Inject
    public JiraIssueInfoLookup(@ComponentImport IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Map<Long, IssueInfo> findAll(Collection<Long> issueIds) {
        Map<Long, IssueInfo> found = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(issueIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (Issue issue : issues.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                if (issue != null) {
                    found.put(issue.getId(), new IssueInfo(issue.getId(), issue.getKey(),
                            issue.getSummary() == null ? "" : issue.getSummary()));
                }
            }
        }
        return found;
    }
}
