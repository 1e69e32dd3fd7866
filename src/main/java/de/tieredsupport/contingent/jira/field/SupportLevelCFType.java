package de.tieredsupport.contingent.jira.field;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;

/**
 * The "Support Level" custom field type: one of the fixed levels L1, L2, L3 per issue, stored as the level key in
 * Jira's short-text column, so Jira's change history records every escalation and JQL finds it
 * ({@code "Support Level" = L2}) through the exact-text searcher declared next to it in the descriptor.
 *
 * <p>The transport object is the level key ({@code "L2"}); parsing and the set of levels belong to the domain's
 * {@link SupportLevel}. Invalid input becomes a {@link FieldValidationException} whose translated message names the
 * field and the valid choices but never echoes the input, because Jira shows it next to the field.
 *
 * <p>Not a Spring component: Jira's plugin container builds the instance of a {@code customfield-type} module from
 * the class named in the descriptor and injects the constructor; {@code @ComponentImport} puts the host interfaces
 * into the scanner's imports index so that they can be injected.
 */
public class SupportLevelCFType extends AbstractSingleFieldType<String> {

    /** Module key of the type in {@code atlassian-plugin.xml}. */
    public static final String MODULE_KEY = "support-level";

    /** Complete type key as Jira reports it ({@code CustomFieldType.getKey()}): plugin key + module key. */
    public static final String TYPE_KEY = "de.tieredsupport.support-contingent:" + MODULE_KEY;

    /** Velocity parameter with the level keys in display order; the templates print nothing but these and i18n. */
    static final String LEVEL_KEYS_PARAMETER = "supportLevelKeys";

    static final String FIELD_NAME_KEY = "support-contingent.field.level.name";
    static final String INVALID_KEY = "support-contingent.field.level.invalid";

    private static final List<String> LEVEL_KEYS = Arrays.stream(SupportLevel.values())
            .map(SupportLevel::key)
            .toList();

    private final JiraAuthenticationContext authenticationContext;

    public SupportLevelCFType(@ComponentImport CustomFieldValuePersister customFieldValuePersister,
                              @ComponentImport GenericConfigManager genericConfigManager,
                              @ComponentImport JiraAuthenticationContext authenticationContext) {
        super(customFieldValuePersister, genericConfigManager);
        this.authenticationContext = authenticationContext;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    /** Only a valid key is ever written, whoever calls Jira's update. */
    @Override
    protected Object getDbValueFromObject(String customFieldObject) {
        return customFieldObject == null ? null : level(customFieldObject).key();
    }

    /**
     * A stored value that is not a level key (edited in the database, imported) is rejected; Jira's base class logs
     * it and treats the field as empty, so the issue still renders.
     */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return SupportLevel.fromKey(String.valueOf(databaseValue))
                .map(SupportLevel::key)
                .orElseThrow(() -> new FieldValidationException(
                        "Stored Support Level value is not one of " + String.join(", ", LEVEL_KEYS)));
    }

    @Override
    public String getStringFromSingularObject(String singularObject) {
        return singularObject;
    }

    /** Exact, case-sensitive key: {@code "L1"}, {@code "L2"} or {@code "L3"}. */
    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        return level(string).key();
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        // A copy, so that the parameters do not depend on whether Jira's map is mutable.
        Map<String, Object> parameters = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        parameters.put(LEVEL_KEYS_PARAMETER, LEVEL_KEYS);
        return parameters;
    }

    private SupportLevel level(String key) {
        try {
            return SupportLevel.parse(key, MODULE_KEY);
        } catch (ValidationException e) {
            I18nHelper i18n = authenticationContext.getI18nHelper();
            throw new FieldValidationException(i18n.getText(INVALID_KEY, i18n.getText(FIELD_NAME_KEY)));
        }
    }
}
