package de.tieredsupport.contingent.sandbox.fakejira;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Fake of Jira's {@link WorklogManager} over {@code SANDBOX_JIRA_WORKLOG}, and of the worklog service around it:
 * creating, updating (with {@code dispatchEvent}) and deleting a worklog dispatch Jira's worklog events
 * ({@link FakeIssueEvents}) after the change is stored, as Jira does, so the plugin's listener books it.
 * {@link #update} stores the new time spent, start and comment with a fresh updated time. Like Jira, it lists the
 * worklogs changed or deleted since an instant one page at a time ({@link #getWorklogsUpdatedSince},
 * {@link #getWorklogsDeletedSince}); changes of one millisecond come in descending id order, so a page may end inside
 * a millisecond out of id order.
 */
public final class FakeWorklogManager implements WorklogManager {

    private static final String COLUMNS = "ID, ISSUE_ID, AUTHOR_KEY, UPDATE_AUTHOR_KEY, START_MILLIS, TIME_SPENT, "
            + "COMMENT_TEXT, CREATED_MILLIS, UPDATED_MILLIS";

    private final FakeJiraTables tables;
    private final FakeIssueManager issues;
    private final FakeUsers users;
    private final Clock clock;
    private final FakeIssueEvents events;
    private volatile int pageSize = 1000;

    public FakeWorklogManager(FakeJiraTables tables, FakeIssueManager issues, FakeUsers users, Clock clock,
            FakeIssueEvents events) {
        this.tables = tables;
        this.issues = issues;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Logs work on an issue as Jira's worklog service does: stores it, then dispatches the "work logged" event (the
     * plugin's listener books it). Returns the worklog as stored then, before the plugin's rounding.
     */
    public FakeWorklog create(Issue issue, String authorKey, Instant start, long timeSpentSeconds, String comment) {
        FakeWorklog worklog = createWithoutEvent(issue, authorKey, start, timeSpentSeconds, comment);
        events.worklog(FakeIssueEvents.Kind.CREATED, worklog, users.find(authorKey));
        return worklog;
    }

    /** Stores a worklog whose event got lost (e.g. the node died before dispatching it). */
    public FakeWorklog createWithoutEvent(Issue issue, String authorKey, Instant start, long timeSpentSeconds,
            String comment) {
        return createWithoutEvent(issue, authorKey, start, timeSpentSeconds, comment, clock.instant());
    }

    /** Stores a worklog whose event got lost, as created and last updated at {@code storedAt}. */
    public FakeWorklog createWithoutEvent(Issue issue, String authorKey, Instant start, long timeSpentSeconds,
            String comment, Instant storedAt) {
        long now = storedAt.toEpochMilli();
        long id;
        try (Connection connection = tables.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO SANDBOX_JIRA_WORKLOG (ISSUE_ID, "
                     + "AUTHOR_KEY, UPDATE_AUTHOR_KEY, START_MILLIS, TIME_SPENT, COMMENT_TEXT, CREATED_MILLIS, "
                     + "UPDATED_MILLIS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, issue.getId());
            insert.setString(2, authorKey);
            insert.setString(3, authorKey);
            insert.setLong(4, start.toEpochMilli());
            insert.setLong(5, timeSpentSeconds);
            insert.setString(6, comment);
            insert.setLong(7, now);
            insert.setLong(8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot log work on " + issue.getKey(), e);
        }
        // read back after the connection went back to the pool: never hold one connection while asking for another
        return getById(id);
    }

    @Override
    public FakeWorklog getById(Long id) {
        List<FakeWorklog> found = query("WHERE ID = ?", id, null);
        return found.isEmpty() ? null : found.get(0);
    }

    /** All worklogs of the issue, oldest first: for the fake's own REST and the naive approach of the benchmark. */
    public List<Worklog> getByIssue(Issue issue) {
        // as Jira does, the worklogs of an issue carry the issue asked for instead of loading it once per worklog
        return new ArrayList<>(query("WHERE ISSUE_ID = ? ORDER BY START_MILLIS, ID", issue.getId(), issue));
    }

    /** How many worklogs one page of {@link #getWorklogsUpdatedSince} and {@link #getWorklogsDeletedSince} holds. */
    public void pageSize(int size) {
        pageSize = size;
    }

    /** One page of the worklogs created or updated at or after {@code sinceInMilliseconds}, oldest change first. */
    public List<Worklog> getWorklogsUpdatedSince(Long sinceInMilliseconds) {
        return new ArrayList<>(query("WHERE UPDATED_MILLIS >= ? ORDER BY UPDATED_MILLIS, ID DESC LIMIT " + pageSize,
                sinceInMilliseconds, null));
    }

    /** One page of the worklogs deleted at or after {@code sinceInMilliseconds}, oldest deletion first. */
    public List<FakeDeletedWorklog> getWorklogsDeletedSince(Long sinceInMilliseconds) {
        List<FakeDeletedWorklog> deleted = new ArrayList<>();
        try (Connection connection = tables.open();
             PreparedStatement select = connection.prepareStatement("SELECT ID, DELETED_MILLIS FROM "
                     + "SANDBOX_JIRA_WORKLOG_DELETED WHERE DELETED_MILLIS >= ? ORDER BY DELETED_MILLIS, ID DESC LIMIT "
                     + pageSize)) {
            select.setLong(1, sinceInMilliseconds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    deleted.add(new FakeDeletedWorklog(rows.getLong(1), new java.util.Date(rows.getLong(2))));
                }
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot read deleted worklogs", e);
        }
        return deleted;
    }

    /** Worklogs of an issue as the fake's own type. */
    public List<FakeWorklog> findByIssue(long issueId) {
        return query("WHERE ISSUE_ID = ? ORDER BY START_MILLIS, ID", issueId, null);
    }

    /** Stores a new time spent and start, and dispatches the "worklog updated" event, as Jira's worklog service. */
    public FakeWorklog edit(long worklogId, String userKey, Instant start, long timeSpentSeconds) {
        return edit(worklogId, userKey, start, timeSpentSeconds, true);
    }

    /** Stores a new time spent and start whose "worklog updated" event gets lost. */
    public FakeWorklog editWithoutEvent(long worklogId, String userKey, Instant start, long timeSpentSeconds) {
        return edit(worklogId, userKey, start, timeSpentSeconds, false);
    }

    private FakeWorklog edit(long worklogId, String userKey, Instant start, long timeSpentSeconds, boolean event) {
        FakeWorklog current = getById(worklogId);
        if (current == null) {
            throw new IllegalArgumentException("No worklog " + worklogId);
        }
        return (FakeWorklog) update(users.find(userKey), new FakeWorklog(current.getId(), current.getIssue(),
                current.getAuthorKey(), (FakeUser) current.getAuthorObject(), userKey, users.find(userKey), start,
                timeSpentSeconds, current.getComment(), current.created(), current.updated()), null, event);
    }

    /** Stores the worklog's time, start and comment; dispatches "worklog updated" if asked (the plugin never asks). */
    @Override
    public Worklog update(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent) {
        try (Connection connection = tables.open();
             PreparedStatement update = connection.prepareStatement("UPDATE SANDBOX_JIRA_WORKLOG SET TIME_SPENT = ?, "
                     + "START_MILLIS = ?, COMMENT_TEXT = ?, UPDATE_AUTHOR_KEY = ?, UPDATED_MILLIS = ? WHERE ID = ?")) {
            update.setLong(1, worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent());
            update.setLong(2, worklog.getStartDate().getTime());
            update.setString(3, worklog.getComment());
            update.setString(4, user == null ? null : user.getKey());
            update.setLong(5, clock.millis());
            update.setLong(6, worklog.getId());
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No worklog " + worklog.getId());
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot update worklog " + worklog.getId(), e);
        }
        FakeWorklog stored = getById(worklog.getId());
        if (dispatchEvent) {
            events.worklog(FakeIssueEvents.Kind.UPDATED, stored, user);
        }
        return stored;
    }

    /**
     * Deletes a worklog as Jira's worklog service does, then dispatches "worklog deleted" with the worklog as it was.
     * True if it existed.
     */
    public boolean delete(long worklogId, String userKey) {
        FakeWorklog before = getById(worklogId);
        if (before == null || !deleteWithoutEvent(worklogId)) {
            return false;
        }
        events.worklog(FakeIssueEvents.Kind.DELETED, before, users.find(userKey));
        return true;
    }

    /** Deletes a worklog whose event gets lost. True if it existed. */
    public boolean deleteWithoutEvent(long worklogId) {
        try (Connection connection = tables.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM SANDBOX_JIRA_WORKLOG WHERE ID = ?");
             PreparedStatement listed = connection.prepareStatement(
                     "INSERT INTO SANDBOX_JIRA_WORKLOG_DELETED (ID, DELETED_MILLIS) VALUES (?, ?)")) {
            delete.setLong(1, worklogId);
            if (delete.executeUpdate() != 1) {
                return false;
            }
            listed.setLong(1, worklogId);
            listed.setLong(2, clock.millis());
            listed.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot delete worklog " + worklogId, e);
        }
    }

    /** Number of worklogs in the table. */
    public long count() {
        try (Connection connection = tables.open();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM SANDBOX_JIRA_WORKLOG")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot count worklogs", e);
        }
    }

    /**
     * @param knownIssue the issue of every row when the caller has it, else null (read per row once the rows are read,
     *        so that no thread holds one pooled connection while it waits for another)
     */
    private List<FakeWorklog> query(String where, Object parameter, Issue knownIssue) {
        List<Object[]> read = new ArrayList<>();
        try (Connection connection = tables.open();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM SANDBOX_JIRA_WORKLOG " + where)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    read.add(new Object[] {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getLong(5), rows.getLong(6), rows.getString(7), rows.getLong(8), rows.getLong(9)});
                }
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot read worklogs", e);
        }
        List<FakeWorklog> found = new ArrayList<>(read.size());
        for (Object[] row : read) {
            Issue issue = knownIssue != null ? knownIssue : issues.find((Long) row[1]);
            String author = (String) row[2];
            String updateAuthor = (String) row[3];
            found.add(new FakeWorklog((Long) row[0], issue, author, users.find(author), updateAuthor,
                    users.find(updateAuthor), Instant.ofEpochMilli((Long) row[4]), (Long) row[5], (String) row[6],
                    Instant.ofEpochMilli((Long) row[7]), Instant.ofEpochMilli((Long) row[8])));
        }
        return found;
    }
}
