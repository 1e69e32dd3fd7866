package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

/** Fake of Jira's {@link CustomFieldManager}: the one custom field of the sandbox, Support Level. */
public final class FakeCustomFieldManager implements CustomFieldManager {

    private final FakeSupportLevelField supportLevel;

    public FakeCustomFieldManager(FakeSupportLevelField supportLevel) {
        this.supportLevel = supportLevel;
    }

    public FakeSupportLevelField supportLevel() {
        return supportLevel;
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        return FakeSupportLevelField.ID.equals(id) ? supportLevel : null;
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.of(supportLevel);
    }

    @Override
    public List<CustomField> getCustomFieldObjects(Issue issue) {
        return List.of(supportLevel);
    }
}
