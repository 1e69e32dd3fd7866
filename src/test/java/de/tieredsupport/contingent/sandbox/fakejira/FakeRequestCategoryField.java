package de.tieredsupport.contingent.sandbox.fakejira;

import de.tieredsupport.contingent.jira.field.RequestCategoryCFType;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Fake of the Request category custom field as Jira holds it: {@link #getValue(Issue)} returns the stored value (e.g.
 * {@code "Change request"}) or null, read fresh from the issue table. Its type answers with the plugin's field type
 * key, so the plugin finds it; the plugin's field type class itself is not instantiated here.
 */
public final class FakeRequestCategoryField implements CustomField {

    public static final String ID = "customfield_10101";
    public static final String NAME = "Request category";

    private final FakeIssueManager issues;

    public FakeRequestCategoryField(FakeIssueManager issues) {
        this.issues = issues;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Long getIdAsLong() {
        return 10101L;
    }

    @Override
    public Object getValue(Issue issue) {
        if (issue == null) {
            return null;
        }
        FakeIssue current = issues.find(issue.getId());
        return current == null ? null : current.requestCategory();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomFieldType getCustomFieldType() {
        return TYPE;
    }

    /** Jira's handle on the plugin's Request category field type, as far as the plugin reads it. */
    private static final CustomFieldType<String, String> TYPE = new CustomFieldType<>() {
        @Override
        public String getKey() {
            return RequestCategoryCFType.TYPE_KEY;
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
