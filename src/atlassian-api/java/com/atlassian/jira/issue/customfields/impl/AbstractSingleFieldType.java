package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;

/**
 * Base class for a custom field that stores one value per issue; the base of the plugin's "Support Level" field type
 * ({@code AbstractSingleFieldType<String>} storing the level code in {@link PersistenceFieldType#TYPE_LIMITED_TEXT}).
 * A subclass implements exactly five methods: the three below and, from {@code CustomFieldType},
 * {@code getStringFromSingularObject(T)} and {@code getSingularObjectFromString(String)}. Chosen over {@code SelectCFType}
 * because its protected two-argument constructor is declared in Jira's API module and unchanged since 4.x, while
 * SelectCFType lives in jira-core with a four-argument constructor ({@code JiraBaseUrls} included) evidenced only up to 9.x.
 * The protected fields {@code customFieldValuePersister} and {@code genericConfigManager} are not declared (not used).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
 *   ({@code @PublicSpi public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T>},
 *   {@code protected AbstractSingleFieldType(CustomFieldValuePersister, GenericConfigManager)}, the three protected abstract methods);
 *   https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/StringCFType.html and
 *   https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html (7.x subclasses overriding
 *   getDatabaseType()/getDbValueFromObject); 8/9-era plugin field types extending it with this constructor (e.g. a ScriptRunner sample
 *   {@code com.scriptrunnerhq.CustomField extends AbstractSingleFieldType<String>}).
 * Status: CONFIRMED-9 (6.3 source, 7.x javadoc, 8/9 subclasses; no Jira 10/11 subclass or javadoc found — INFERRED unchanged, no Jakarta
 *   type appears; whether 10/11 added abstract members is unknown, see docs/atlassian-api.md "Weak spots")
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
                                      GenericConfigManager genericConfigManager) {
        // Intentionally empty: subclasses must be constructible in tests; at run time Jira's constructor runs.
    }

    /** Which column holds the value. */
    protected abstract PersistenceFieldType getDatabaseType();

    /** Transport object → stored value (a String for TYPE_LIMITED_TEXT). */
    protected abstract Object getDbValueFromObject(T customFieldObject);

    /** Stored value → transport object; throw FieldValidationException for an unknown stored value. */
    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
