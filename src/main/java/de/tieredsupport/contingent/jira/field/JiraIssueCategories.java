package de.tieredsupport.contingent.jira.field;

import java.util.Comparator;
import java.util.Optional;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.ConflictException;
import de.tieredsupport.contingent.service.port.IssueCategories;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Request category of issues in Jira: the Request category field(s) that apply to the issue (custom fields of
 * type {@link RequestCategoryCFType#TYPE_KEY}; with several, the lowest id). Written through
 * {@link IssueManager#updateIssue}, so Jira keeps the change in the issue's history and re-indexes the issue for JQL.
 */
@Named
public final class JiraIssueCategories implements IssueCategories {

    /** "customfield_9" before "customfield_10": Jira's field ids differ only in their number. */
    private static final Comparator<String> BY_NUMBER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final IssueManager issues;
    private final CustomFieldManager customFields;
    private final PermissionManager permissions;
    private final UserManager users;

    @Inject
    public JiraIssueCategories(@ComponentImport IssueManager issues,
            @ComponentImport CustomFieldManager customFields, @ComponentImport PermissionManager permissions,
            @ComponentImport("jiraUserManager") UserManager users) {
        this.issues = issues;
        this.customFields = customFields;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Optional<CategorizedIssue> find(String issueKey, String readerKey) {
        if (issueKey == null || readerKey == null) {
            return Optional.empty();
        }
        ApplicationUser reader = users.getUserByKey(readerKey);
        Issue issue = issues.getIssueObject(issueKey);
        if (reader == null || issue == null
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, reader)) {
            return Optional.empty();
        }
        return Optional.of(new CategorizedIssue(issue.getId(), issue.getKey(), issue.getProjectId(), stored(issue)));
    }

    @Override
    public Optional<RequestCategory> stored(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        return issue == null ? Optional.empty() : stored(issue);
    }

    @Override
    public void store(long issueId, RequestCategory category, String actorKey) {
        MutableIssue issue = issues.getIssueObject(issueId);
        CustomField field = issue == null ? null : field(issue).orElse(null);
        if (field == null) {
            throw new ConflictException("category.noField", "This issue has no Request category field");
        }
        issue.setCustomFieldValue(field, category.fieldValue());
        issues.updateIssue(users.getUserByKey(actorKey), issue, EventDispatchOption.ISSUE_UPDATED, false);
    }

    private Optional<RequestCategory> stored(Issue issue) {
        return field(issue).flatMap(field -> {
            try {
                return RequestCategoryCFType.categoryOf(field.getValue(issue));
            } catch (FieldValidationException unknownStoredValue) {
                return Optional.empty();
            }
        });
    }

    /** The issue's Request category field: of this plugin's type, applying to the issue; the lowest id wins. */
    private Optional<CustomField> field(Issue issue) {
        return customFields.getCustomFieldObjects(issue).stream()
                .filter(JiraIssueCategories::isCategoryField)
                .min(Comparator.comparing(CustomField::getId, BY_NUMBER));
    }

    /** A field whose type's plugin is disabled has no type. */
    private static boolean isCategoryField(CustomField field) {
        if (field == null) {
            return false;
        }
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && RequestCategoryCFType.TYPE_KEY.equals(type.getKey());
    }
}
