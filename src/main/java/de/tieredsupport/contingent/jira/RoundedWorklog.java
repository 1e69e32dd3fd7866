package de.tieredsupport.contingent.jira;

import java.util.Date;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's worklog with only the time spent replaced by the billed time. Jira's worklog implementation class has
 * no evidenced constructor on Jira 11, so the rewrite hands Jira this view of the original instead.
 */
final class RoundedWorklog implements Worklog {

    private final Worklog original;
    private final long billedSeconds;

    RoundedWorklog(Worklog original, long billedSeconds) {
        this.original = original;
        this.billedSeconds = billedSeconds;
    }

    @Override
    public Long getTimeSpent() {
        return billedSeconds;
    }

    @Override
    public Long getId() {
        return original.getId();
    }

    @Override
    public Issue getIssue() {
        return original.getIssue();
    }

    @Override
    public String getAuthorKey() {
        return original.getAuthorKey();
    }

    @Override
    public ApplicationUser getAuthorObject() {
        return original.getAuthorObject();
    }

    @Override
    public String getUpdateAuthorKey() {
        return original.getUpdateAuthorKey();
    }

    @Override
    public ApplicationUser getUpdateAuthorObject() {
        return original.getUpdateAuthorObject();
    }

    @Override
    public Date getStartDate() {
        return original.getStartDate();
    }

    @Override
    public String getGroupLevel() {
        return original.getGroupLevel();
    }

    @Override
    public Long getRoleLevelId() {
        return original.getRoleLevelId();
    }

    @Override
    public ProjectRole getRoleLevel() {
        return original.getRoleLevel();
    }

    @Override
    public String getComment() {
        return original.getComment();
    }

    @Override
    public Date getCreated() {
        return original.getCreated();
    }

    @Override
    public Date getUpdated() {
        return original.getUpdated();
    }

    @Override
    public String getAuthor() {
        return original.getAuthor();
    }

    @Override
    public String getAuthorFullName() {
        return original.getAuthorFullName();
    }

    @Override
    public String getUpdateAuthor() {
        return original.getUpdateAuthor();
    }

    @Override
    public String getUpdateAuthorFullName() {
        return original.getUpdateAuthorFullName();
    }
}
