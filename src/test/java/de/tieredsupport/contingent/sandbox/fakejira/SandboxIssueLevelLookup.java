package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Optional;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;

/**
 * Stand-in for the plugin's {@code IssueLevelLookup} adapter while the plugin has none: reads the Support Level
 * field through Jira's {@link CustomFieldManager} and {@link CustomField#getValue}, the way the real adapter does.
 * The sandbox uses it only when no plugin component provides the port.
 */
public final class SandboxIssueLevelLookup implements IssueLevelLookup {

    private final IssueManager issues;
    private final CustomFieldManager fields;

    public SandboxIssueLevelLookup(IssueManager issues, CustomFieldManager fields) {
        this.issues = issues;
        this.fields = fields;
    }

    @Override
    public Optional<SupportLevel> currentLevel(long issueId) {
        MutableIssue issue = issues.getIssueObject(issueId);
        CustomField field = fields.getCustomFieldObject(FakeSupportLevelField.ID);
        if (issue == null || field == null) {
            return Optional.empty();
        }
        Object value = field.getValue(issue);
        return value == null ? Optional.empty() : SupportLevel.fromKey(value.toString());
    }
}
