package de.tieredsupport.contingent.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keys and summaries for a report's tickets, read from Jira in bulk ({@link IssueManager#getIssueObjects}), at most
 * {@value #BATCH} ids per call, so a report of a thousand tickets costs one read instead of a thousand. The summary
 * only where the reader may browse the issue (Jira's own check, issue security included); elsewhere the key alone.
 */
@Named
public final class JiraIssueInfoLookup implements IssueInfoLookup {

    /** Ids per bulk read: keeps each read (an OR of ids in Jira's database) to a moderate size. */
    static final int BATCH = 1000;

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final UserManager users;

    @Inject
    public JiraIssueInfoLookup(@ComponentImport IssueManager issues, @ComponentImport PermissionManager permissions,
            @ComponentImport("jiraUserManager") UserManager users) {
        this.issues = issues;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Map<Long, IssueInfo> findAll(Collection<Long> issueIds, String readerKey) {
        ApplicationUser reader = readerKey == null ? null : users.getUserByKey(readerKey);
        Map<Long, IssueInfo> found = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(issueIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (Issue issue : issues.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                if (issue == null) {
                    continue;
                }
                if (reader != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, reader)) {
                    found.put(issue.getId(), new IssueInfo(issue.getId(), issue.getKey(),
                            issue.getSummary() == null ? "" : issue.getSummary()));
                } else {
                    found.put(issue.getId(), IssueInfo.restricted(issue.getId(), issue.getKey()));
                }
            }
        }
        return found;
    }
}
