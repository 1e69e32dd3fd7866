package de.tieredsupport.contingent.sandbox.fakejira;

import de.tieredsupport.contingent.jira.field.SupportLevelCFType;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Fake of the Support Level custom field as Jira holds it: {@link #getValue(Issue)} returns the stored value, the
 * level key as short text ({@code "L1"}, {@code "L2"}, {@code "L3"}) or null, read fresh from the issue table.
 * Its type answers with the plugin's field type key, so the plugin's own level lookup recognises it; the plugin's
 * field type class itself is not instantiated here (Jira would build it from the descriptor).
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
        return TYPE;
    }

    /** Jira's handle on the plugin's Support Level field type, as far as the plugin reads it. */
    private static final CustomFieldType<String, String> TYPE = new CustomFieldType<>() {
        @Override
        public String getKey() {
            return SupportLevelCFType.TYPE_KEY;
        }

        @Override
        public String getStringFromSingularObject(String singularObject) {
            return singularObject;
        }

        @Override
        public String getSingularObjectFromString(String string) {
            return string;
        }
    };
}
