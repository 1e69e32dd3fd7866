package de.tieredsupport.contingent.jira.field;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import de.tieredsupport.contingent.domain.RequestCategory;

/**
 * The "Request category" custom field type: Question, Defect or Change request per issue, stored as the category's
 * English field value ({@code "Change request"}) in Jira's short-text column. Jira's change history records every
 * change, and JQL finds it ({@code "Request category" = "Change request"}) through the exact-text searcher declared
 * next to it in the descriptor. An unset field means Question.
 *
 * <p>The transport object is the stored value; input may also be the category's key ({@code CHANGE_REQUEST}), as the
 * plugin's REST API uses it. Invalid input becomes a {@link FieldValidationException} whose translated message names
 * the field and the choices but never echoes the input. Like {@link SupportLevelCFType}, built by Jira's plugin
 * container from the descriptor, not a component.
 */
public class RequestCategoryCFType extends AbstractSingleFieldType<String> {

    /** Module key of the type in {@code atlassian-plugin.xml}. */
    public static final String MODULE_KEY = "request-category";

    /** Complete type key as Jira reports it ({@code CustomFieldType.getKey()}): plugin key + module key. */
    public static final String TYPE_KEY = "de.tieredsupport.support-contingent:" + MODULE_KEY;

    /** Velocity parameters: the category keys in display order, and the key and stored value of the issue's. */
    static final String KEYS_PARAMETER = "requestCategoryKeys";
    static final String KEY_PARAMETER = "requestCategoryKey";
    static final String VALUE_PARAMETER = "requestCategoryValue";

    static final String FIELD_NAME_KEY = "support-contingent.field.category.name";
    static final String INVALID_KEY = "support-contingent.field.category.invalid";

    private static final List<String> KEYS = Arrays.stream(RequestCategory.values())
            .map(RequestCategory::key)
            .toList();

    private final JiraAuthenticationContext authenticationContext;

    public RequestCategoryCFType(@ComponentImport CustomFieldValuePersister customFieldValuePersister,
                                 @ComponentImport GenericConfigManager genericConfigManager,
                                 @ComponentImport JiraAuthenticationContext authenticationContext) {
        super(customFieldValuePersister, genericConfigManager);
        this.authenticationContext = authenticationContext;
    }

    /** The category of a value as this type hands it out (stored value); empty for anything else. */
    public static Optional<RequestCategory> categoryOf(Object value) {
        return value instanceof String text ? RequestCategory.fromFieldValue(text) : Optional.empty();
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    /** Only a valid field value is ever written, whoever calls Jira's update. */
    @Override
    protected Object getDbValueFromObject(String customFieldObject) {
        return customFieldObject == null ? null : category(customFieldObject).fieldValue();
    }

    /** A stored value that is not a category is rejected; Jira's base class logs it and treats the field as empty. */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return RequestCategory.fromFieldValue(String.valueOf(databaseValue))
                .map(RequestCategory::fieldValue)
                .orElseThrow(() -> new FieldValidationException(
                        "Stored Request category value is not one of Question, Defect, Change request"));
    }

    @Override
    public String getStringFromSingularObject(String singularObject) {
        return singularObject;
    }

    /** Exact, case-sensitive field value ({@code "Change request"}) or key ({@code "CHANGE_REQUEST"}). */
    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        return category(string).fieldValue();
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        parameters.put(KEYS_PARAMETER, KEYS);
        Optional<RequestCategory> stored = Optional.empty();
        if (issue != null && field != null) {
            try {
                stored = categoryOf(field.getValue(issue));
            } catch (FieldValidationException unreadable) {
                stored = Optional.empty();
            }
        }
        // from the enum, never the raw value: the templates may print them
        parameters.put(KEY_PARAMETER, stored.map(RequestCategory::key).orElse(null));
        parameters.put(VALUE_PARAMETER, stored.map(RequestCategory::fieldValue).orElse(null));
        return parameters;
    }

    private RequestCategory category(String input) {
        Optional<RequestCategory> category = RequestCategory.fromFieldValue(input).or(() -> RequestCategory.fromKey(input));
        if (category.isEmpty()) {
            I18nHelper i18n = authenticationContext.getI18nHelper();
            throw new FieldValidationException(i18n.getText(INVALID_KEY, i18n.getText(FIELD_NAME_KEY)));
        }
        return category.get();
    }
}
