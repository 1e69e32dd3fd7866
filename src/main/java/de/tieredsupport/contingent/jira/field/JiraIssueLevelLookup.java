package de.tieredsupport.contingent.jira.field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads an issue's level from the Support Level field(s), i.e. every custom field whose type is
 * {@link SupportLevelCFType#TYPE_KEY}. Empty when the issue, the field or a value is missing, or the value is not a
 * level; a failure of Jira itself is not hidden, so the caller can record the work as failed instead of billing it
 * at the contract's default level.
 *
 * <p>Cost per call: the ids of the fields found last time are remembered and re-resolved by id (Jira's own field
 * cache), so the usual call reads one field and never walks all custom fields. The memo is only a hint and holds
 * nothing that could be stale in a way that matters on a cluster: a remembered id is used only after Jira confirms
 * it is still a Support Level field, and whenever the remembered fields give no level (no field yet, a field added
 * or deleted on any node, or simply no value) all custom fields are looked at again. With several Support Level
 * fields the one with the lowest id that holds a value wins.
 */
@Named
public final class JiraIssueLevelLookup implements IssueLevelLookup {

    /** "customfield_9" before "customfield_10": Jira's field ids differ only in their number. */
    private static final Comparator<String> BY_NUMBER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;

    /** Ids of the Support Level fields at the last look over all fields, lowest first; immutable. */
    private volatile List<String> knownFieldIds = List.of();

    @Inject
    public JiraIssueLevelLookup(@ComponentImport IssueManager issueManager,
                                @ComponentImport CustomFieldManager customFieldManager) {
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Optional<SupportLevel> currentLevel(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        if (issue == null) {
            return Optional.empty();
        }
        Set<String> read = new HashSet<>();
        for (String fieldId : knownFieldIds) {
            CustomField field = customFieldManager.getCustomFieldObject(fieldId);
            if (isSupportLevelField(field)) {
                read.add(fieldId);
                Optional<SupportLevel> level = levelIn(field, issue);
                if (level.isPresent()) {
                    return level;
                }
            }
        }
        for (CustomField field : refreshFields()) {
            if (!read.contains(field.getId())) {
                Optional<SupportLevel> level = levelIn(field, issue);
                if (level.isPresent()) {
                    return level;
                }
            }
        }
        return Optional.empty();
    }

    private List<CustomField> refreshFields() {
        List<CustomField> fields = new ArrayList<>();
        for (CustomField field : customFieldManager.getCustomFieldObjects()) {
            if (isSupportLevelField(field)) {
                fields.add(field);
            }
        }
        fields.sort(Comparator.comparing(CustomField::getId, BY_NUMBER));
        knownFieldIds = fields.stream().map(CustomField::getId).toList();
        return fields;
    }

    /** A field of this plugin's type; a field whose type's plugin is disabled has no type. */
    private static boolean isSupportLevelField(CustomField field) {
        if (field == null) {
            return false;
        }
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && SupportLevelCFType.TYPE_KEY.equals(type.getKey());
    }

    private static Optional<SupportLevel> levelIn(CustomField field, Issue issue) {
        Object value;
        try {
            value = field.getValue(issue);
        } catch (FieldValidationException unknownStoredValue) {
            return Optional.empty();
        }
        return value instanceof String key ? SupportLevel.fromKey(key) : Optional.empty();
    }
}
