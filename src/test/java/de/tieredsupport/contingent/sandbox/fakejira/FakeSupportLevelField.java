package de.tieredsupport.contingent.sandbox.fakejira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Fake of the Support Level custom field as Jira holds it: {@link #getValue(Issue)} returns the stored value, the
 * level key as short text ({@code "L1"}, {@code "L2"}, {@code "L3"}) or null, read fresh from the issue table.
 * The plugin's field type class is not instantiated here, so {@link #getCustomFieldType()} is null.
 */
public final class FakeSupportLevelField implements CustomField {

    public static final String ID = "customfield_10100";
    public static final String NAME = "Support Level";

    private final FakeIssueManager issues;

    public FakeSupportLevelField(FakeIssueManager issues) {
        this.issues = issues;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Long getIdAsLong() {
        return 10100L;
    }

    @Override
    public Object getValue(Issue issue) {
        if (issue == null) {
            return null;
        }
        FakeIssue current = issues.find(issue.getId());
        return current == null ? null : current.supportLevelKey();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomFieldType getCustomFieldType() {
        return null;
    }
}
