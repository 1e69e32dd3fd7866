package de.tieredsupport.contingent.sandbox.fakejira;

import java.sql.Timestamp;
import java.time.Instant;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;

/**
 * Fake Jira issue as read from {@code SANDBOX_JIRA_ISSUE}: a snapshot with id, key, summary, project and the
 * Support Level field's value (the level key, e.g. {@code "L2"}, or null when unset).
 */
public final class FakeIssue implements MutableIssue {

    private final long id;
    private final String key;
    private final String summary;
    private final Project project;
    private final String supportLevelKey;
    private final Instant updated;

    public FakeIssue(long id, String key, String summary, Project project, String supportLevelKey, Instant updated) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.project = project;
        this.supportLevelKey = supportLevelKey;
        this.updated = updated;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    /** The Support Level field's stored value for {@link FakeSupportLevelField}; null for other fields. */
    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return customField != null && FakeSupportLevelField.ID.equals(customField.getId()) ? supportLevelKey : null;
    }

    @Override
    public Timestamp getUpdated() {
        return Timestamp.from(updated);
    }

    /** The Support Level value, e.g. {@code "L1"}, or null. */
    public String supportLevelKey() {
        return supportLevelKey;
    }

    @Override
    public String toString() {
        return key;
    }
}
