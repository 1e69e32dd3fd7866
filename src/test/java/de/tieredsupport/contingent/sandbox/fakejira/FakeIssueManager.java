package de.tieredsupport.contingent.sandbox.fakejira;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Fake of Jira's {@link IssueManager} over {@code SANDBOX_JIRA_ISSUE}. Every read returns a fresh snapshot, so
 * a changed Support Level is seen at once, as Jira's issue cache would.
 */
public final class FakeIssueManager implements IssueManager {

    private static final String COLUMNS = "ID, PROJECT_ID, ISSUE_KEY, SUMMARY, SUPPORT_LEVEL, UPDATED_MILLIS";
    private static final String READ_COLUMNS = COLUMNS + ", REQUEST_CATEGORY";

    private static final int IN_BATCH = 100;

    private final FakeJiraTables tables;
    private final FakeProjectManager projects;
    private final Clock clock;

    public FakeIssueManager(FakeJiraTables tables, FakeProjectManager projects, Clock clock) {
        this.tables = tables;
        this.projects = projects;
        this.clock = clock;
    }

    /** Creates an issue (sandbox setup; Jira would create it through its IssueService). */
    public FakeIssue create(long id, Project project, String key, String summary, String supportLevelKey) {
        try (Connection connection = tables.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO SANDBOX_JIRA_ISSUE (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, project.getId());
            insert.setString(3, key);
            insert.setString(4, summary);
            insert.setString(5, supportLevelKey);
            insert.setLong(6, clock.millis());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot create issue " + key, e);
        }
        return find(id);
    }

    /**
     * Creates an issue with the next free id (Jira's issue ids start at 10000) and the project's next key number, as
     * Jira's issue service does for a new issue. Synchronized, so two callers on this node never get the same id or
     * key (the sandbox's REST API for scripts creates issues here; nodes sharing a database do not).
     */
    public synchronized FakeIssue createNext(Project project, String summary, String supportLevelKey) {
        long id;
        long number = 0;
        try (Connection connection = tables.open();
             PreparedStatement maxId = connection.prepareStatement("SELECT MAX(ID) FROM SANDBOX_JIRA_ISSUE");
             PreparedStatement keys = connection.prepareStatement(
                     "SELECT ISSUE_KEY FROM SANDBOX_JIRA_ISSUE WHERE PROJECT_ID = ?")) {
            try (ResultSet rows = maxId.executeQuery()) {
                rows.next();
                long max = rows.getLong(1);
                id = rows.wasNull() ? 10000 : Math.max(10000, max + 1);
            }
            keys.setLong(1, project.getId());
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    String suffix = key.substring(key.lastIndexOf('-') + 1);
                    if (suffix.matches("\\d{1,18}")) {
                        number = Math.max(number, Long.parseLong(suffix));
                    }
                }
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot number a new issue of " + project.getKey(), e);
        }
        return create(id, project, project.getKey() + "-" + (number + 1), summary, supportLevelKey);
    }

    /** Sets the summary, as editing it on the issue would. */
    public void setSummary(long issueId, String summary) {
        try (Connection connection = tables.open();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE SANDBOX_JIRA_ISSUE SET SUMMARY = ?, UPDATED_MILLIS = ? WHERE ID = ?")) {
            update.setString(1, summary);
            update.setLong(2, clock.millis());
            update.setLong(3, issueId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No issue " + issueId);
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot set the summary of issue " + issueId, e);
        }
    }

    /** Sets the Support Level field (null clears it), as editing the field on the issue would. */
    public void setSupportLevel(long issueId, String supportLevelKey) {
        try (Connection connection = tables.open();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE SANDBOX_JIRA_ISSUE SET SUPPORT_LEVEL = ?, UPDATED_MILLIS = ? WHERE ID = ?")) {
            update.setString(1, supportLevelKey);
            update.setLong(2, clock.millis());
            update.setLong(3, issueId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No issue " + issueId);
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot set the level of issue " + issueId, e);
        }
    }

    /**
     * Sets the Request category field's stored value (null clears it) without a change item (sandbox setup; the
     * plugin writes through {@link #updateIssue}).
     */
    public void setRequestCategory(long issueId, String value) {
        try (Connection connection = tables.open();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE SANDBOX_JIRA_ISSUE SET REQUEST_CATEGORY = ? WHERE ID = ?")) {
            update.setString(1, value);
            update.setLong(2, issueId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No issue " + issueId);
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot set the category of issue " + issueId, e);
        }
    }

    /** Changes the summary, as editing the issue would. */
    public void rename(long issueId, String summary) {
        try (Connection connection = tables.open();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE SANDBOX_JIRA_ISSUE SET SUMMARY = ?, UPDATED_MILLIS = ? WHERE ID = ?")) {
            update.setString(1, summary);
            update.setLong(2, clock.millis());
            update.setLong(3, issueId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No issue " + issueId);
            }
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot rename issue " + issueId, e);
        }
    }

    public FakeIssue find(long id) {
        List<FakeIssue> found = query("WHERE ID = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    public FakeIssue findByKey(String key) {
        List<FakeIssue> found = query("WHERE ISSUE_KEY = ?", key);
        return found.isEmpty() ? null : found.get(0);
    }

    public List<FakeIssue> findByProject(long projectId) {
        return query("WHERE PROJECT_ID = ? ORDER BY ID", projectId);
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : find(id);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : findByKey(key);
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        // as Jira: the ids are read in batches (not one read per id), results in the order of the ids, unknown ids
        // left out. Batches stay small because H2 checks each row against an IN list one value at a time.
        List<Long> wanted = new ArrayList<>(ids);
        java.util.Map<Long, FakeIssue> byId = new java.util.HashMap<>();
        for (int from = 0; from < wanted.size(); from += IN_BATCH) {
            List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + IN_BATCH));
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            for (FakeIssue issue : query("WHERE ID IN (" + marks + ")", batch.toArray())) {
                byId.put(issue.getId(), issue);
            }
        }
        List<Issue> ordered = new ArrayList<>();
        for (Long id : wanted) {
            FakeIssue issue = byId.get(id);
            if (issue != null) {
                ordered.add(issue);
            }
        }
        return ordered;
    }

    /**
     * Stores the Request category set on the issue object (the one custom field the plugin writes), with a change
     * item per changed field, as Jira's issue manager does; the event and mail are not modelled.
     */
    @Override
    public Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption,
            boolean sendMail) {
        FakeIssue changed = (FakeIssue) issue;
        FakeIssue stored = find(changed.getId());
        if (stored == null) {
            throw new IllegalArgumentException("No issue " + changed.getId());
        }
        for (java.util.Map.Entry<String, Object> field : changed.modifiedFields().entrySet()) {
            if (!FakeRequestCategoryField.ID.equals(field.getKey())) {
                throw new UnsupportedOperationException("The sandbox stores only the Request category this way");
            }
            String value = field.getValue() == null ? null : (String) field.getValue();
            if (java.util.Objects.equals(value, stored.requestCategory())) {
                continue;
            }
            try (Connection connection = tables.open();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE SANDBOX_JIRA_ISSUE SET REQUEST_CATEGORY = ?, UPDATED_MILLIS = ? WHERE ID = ?");
                 PreparedStatement history = connection.prepareStatement("INSERT INTO SANDBOX_JIRA_CHANGE_ITEM "
                         + "(ISSUE_ID, FIELD_ID, OLD_VALUE, NEW_VALUE, AUTHOR_KEY, CREATED_MILLIS) "
                         + "VALUES (?, ?, ?, ?, ?, ?)")) {
                update.setString(1, value);
                update.setLong(2, clock.millis());
                update.setLong(3, changed.getId());
                update.executeUpdate();
                history.setLong(1, changed.getId());
                history.setString(2, field.getKey());
                history.setString(3, stored.requestCategory());
                history.setString(4, value);
                history.setString(5, user == null ? null : user.getKey());
                history.setLong(6, clock.millis());
                history.executeUpdate();
            } catch (SQLException e) {
                throw FakeJiraTables.failure("Cannot update issue " + changed.getKey(), e);
            }
        }
        changed.modifiedFields().clear();
        return find(changed.getId());
    }

    /** One entry of an issue's change history: field, old and new value, who. */
    public record ChangeItem(String fieldId, String oldValue, String newValue, String authorKey) {
    }

    /** The change history of an issue, oldest first. */
    public List<ChangeItem> history(long issueId) {
        try (Connection connection = tables.open();
             PreparedStatement select = connection.prepareStatement("SELECT FIELD_ID, OLD_VALUE, NEW_VALUE, "
                     + "AUTHOR_KEY FROM SANDBOX_JIRA_CHANGE_ITEM WHERE ISSUE_ID = ? ORDER BY ID")) {
            select.setLong(1, issueId);
            List<ChangeItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new ChangeItem(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot read the history of issue " + issueId, e);
        }
    }

    private List<FakeIssue> query(String where, Object... parameters) {
        try (Connection connection = tables.open();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + READ_COLUMNS + " FROM SANDBOX_JIRA_ISSUE " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<FakeIssue> issues = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Project project = projects.getProjectObj(rows.getLong(2));
                    if (project == null) {
                        project = new FakeProject(rows.getLong(2), "?", "unknown project");
                    }
                    issues.add(new FakeIssue(rows.getLong(1), rows.getString(3), rows.getString(4), project,
                            rows.getString(5), rows.getString(7), Instant.ofEpochMilli(rows.getLong(6))));
                }
            }
            return issues;
        } catch (SQLException e) {
            throw FakeJiraTables.failure("Cannot read issues", e);
        }
    }
}
