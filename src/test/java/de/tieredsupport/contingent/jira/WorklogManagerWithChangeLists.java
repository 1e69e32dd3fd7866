package de.tieredsupport.contingent.jira;

import java.util.Date;
import java.util.List;

import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;

/**
 * Stand-ins for Jira's worklog manager with its lists of changed worklogs, whose parameter type is not known: one with
 * {@code Long}, one with {@code long}, for mocking.
 */
public final class WorklogManagerWithChangeLists {

    private WorklogManagerWithChangeLists() {
    }

    /** The {@code Long} form. */
    public abstract static class Boxed implements WorklogManager {
        public abstract List<Worklog> getWorklogsUpdatedSince(Long sinceInMilliseconds);

        public abstract List<DeletedWorklog> getWorklogsDeletedSince(Long sinceInMilliseconds);
    }

    /** The {@code long} form, without a list of deletions. */
    public abstract static class Primitive implements WorklogManager {
        public abstract List<Worklog> getWorklogsUpdatedSince(long sinceInMilliseconds);
    }

    /** What Jira's list of deletions holds per worklog, as far as the plugin reads it. */
    public static final class DeletedWorklog {
        private final Long id;
        private final Date deletionTime;

        public DeletedWorklog(Long id, Date deletionTime) {
            this.id = id;
            this.deletionTime = deletionTime;
        }

        public Long getId() {
            return id;
        }

        public Date getDeletionTime() {
            return deletionTime;
        }
    }
}
