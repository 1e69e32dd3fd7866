package de.tieredsupport.contingent.sandbox.fakejira;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;

/**
 * Fake Jira issue as read from {@code SANDBOX_JIRA_ISSUE}: a snapshot with id, key, summary, project and the
 * Support Level field's value (the level key, e.g. {@code "L2"}, or null when unset) and the Request category
 * field's (e.g. {@code "Change request"}, or null). {@link #setCustomFieldValue} changes this object only, as in
 * Jira; {@link FakeIssueManager#updateIssue} stores the changes.
 */
public final class FakeIssue implements MutableIssue {

    private final long id;
    private final String key;
    private final String summary;
    private final Project project;
    private final String supportLevelKey;
    private final String requestCategory;
    private final Instant updated;
    private final Map<String, Object> modified = new LinkedHashMap<>();

    public FakeIssue(long id, String key, String summary, Project project, String supportLevelKey, Instant updated) {
        this(id, key, summary, project, supportLevelKey, null, updated);
    }

    public FakeIssue(long id, String key, String summary, Project project, String supportLevelKey,
            String requestCategory, Instant updated) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.project = project;
        this.supportLevelKey = supportLevelKey;
        this.requestCategory = requestCategory;
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

    /** The stored value of the Support Level or Request category field (or the one set here); null otherwise. */
    @Override
    public Object getCustomFieldValue(CustomField customField) {
        if (customField == null) {
            return null;
        }
        if (modified.containsKey(customField.getId())) {
            return modified.get(customField.getId());
        }
        return switch (customField.getId()) {
            case FakeSupportLevelField.ID -> supportLevelKey;
            case FakeRequestCategoryField.ID -> requestCategory;
            default -> null;
        };
    }

    @Override
    public void setCustomFieldValue(CustomField customField, Object value) {
        modified.put(customField.getId(), value);
    }

    /** Field values set on this object and not stored yet, by field id. */
    Map<String, Object> modifiedFields() {
        return modified;
    }

    @Override
    public Timestamp getUpdated() {
        return Timestamp.from(updated);
    }

    /** The stored Request category value, e.g. {@code "Change request"}, or null. */
    public String requestCategory() {
        return requestCategory;
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
