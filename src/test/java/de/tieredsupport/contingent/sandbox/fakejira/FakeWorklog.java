package de.tieredsupport.contingent.sandbox.fakejira;

import java.time.Instant;
import java.util.Date;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.user.ApplicationUser;

/** Fake Jira worklog as read from {@code SANDBOX_JIRA_WORKLOG}: no visibility restriction (group or role). */
public final class FakeWorklog implements Worklog {

    private final long id;
    private final Issue issue;
    private final FakeUser author;
    private final String authorKey;
    private final FakeUser updateAuthor;
    private final String updateAuthorKey;
    private final Instant start;
    private final long timeSpentSeconds;
    private final String comment;
    private final Instant created;
    private final Instant updated;

    public FakeWorklog(long id, Issue issue, String authorKey, FakeUser author, String updateAuthorKey,
            FakeUser updateAuthor, Instant start, long timeSpentSeconds, String comment, Instant created,
            Instant updated) {
        this.id = id;
        this.issue = issue;
        this.authorKey = authorKey;
        this.author = author;
        this.updateAuthorKey = updateAuthorKey;
        this.updateAuthor = updateAuthor;
        this.start = start;
        this.timeSpentSeconds = timeSpentSeconds;
        this.comment = comment;
        this.created = created;
        this.updated = updated;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Issue getIssue() {
        return issue;
    }

    @Override
    public String getAuthorKey() {
        return authorKey;
    }

    @Override
    public ApplicationUser getAuthorObject() {
        return author;
    }

    @Override
    public String getUpdateAuthorKey() {
        return updateAuthorKey;
    }

    @Override
    public ApplicationUser getUpdateAuthorObject() {
        return updateAuthor;
    }

    @Override
    public Date getStartDate() {
        return Date.from(start);
    }

    @Override
    public Long getTimeSpent() {
        return timeSpentSeconds;
    }

    @Override
    public String getGroupLevel() {
        return null;
    }

    @Override
    public Long getRoleLevelId() {
        return null;
    }

    @Override
    public ProjectRole getRoleLevel() {
        return null;
    }

    @Override
    public String getComment() {
        return comment;
    }

    @Override
    public Date getCreated() {
        return Date.from(created);
    }

    @Override
    public Date getUpdated() {
        return Date.from(updated);
    }

    @Override
    @Deprecated
    public String getAuthor() {
        return authorKey;
    }

    @Override
    @Deprecated
    public String getAuthorFullName() {
        return author == null ? null : author.getDisplayName();
    }

    @Override
    @Deprecated
    public String getUpdateAuthor() {
        return updateAuthorKey;
    }

    @Override
    @Deprecated
    public String getUpdateAuthorFullName() {
        return updateAuthor == null ? null : updateAuthor.getDisplayName();
    }

    public Instant start() {
        return start;
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }
}
