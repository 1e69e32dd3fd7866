package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Fake of Jira's {@link CustomFieldManager}: the sandbox's custom fields, Support Level and Request category, both
 * in a global context (they apply to every issue).
 */
public final class FakeCustomFieldManager implements CustomFieldManager {

    private final FakeSupportLevelField supportLevel;
    private final FakeRequestCategoryField requestCategory;

    public FakeCustomFieldManager(FakeSupportLevelField supportLevel, FakeRequestCategoryField requestCategory) {
        this.supportLevel = supportLevel;
        this.requestCategory = requestCategory;
    }

    public FakeSupportLevelField supportLevel() {
        return supportLevel;
    }

    public FakeRequestCategoryField requestCategory() {
        return requestCategory;
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        if (FakeSupportLevelField.ID.equals(id)) {
            return supportLevel;
        }
        return FakeRequestCategoryField.ID.equals(id) ? requestCategory : null;
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.of(supportLevel, requestCategory);
    }

    @Override
    public List<CustomField> getCustomFieldObjects(Issue issue) {
        return List.of(supportLevel, requestCategory);
    }
}
