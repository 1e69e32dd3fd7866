package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * A custom field type; T is the transport object, S the singular object. The generic parameters are exact because
 * a subclass's bridge methods are derived from them. Only the members the plugin calls or must implement are
 * declared; {@code getKey()} is final in {@code AbstractCustomFieldType}.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
 *   ({@code public interface CustomFieldType<T, S>}, getKey(), getStringFromSingularObject(S),
 *   getSingularObjectFromString(String) throws FieldValidationException); getKey() called on 11.3.1 by
 *   codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java.
 * Status: CONFIRMED-11 (getKey; getStringFromSingularObject — alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10") rc2 WatcherSearcher javadoc: on Jira 11.3 the ExactTextSearcher
 *   indexer "passed the whole user collection to getStringFromSingularObject"); getSingularObjectFromString CONFIRMED-9 (6.3 source;
 *   overridden with this signature by 7–9 plugins)
 */
public interface CustomFieldType<T, S> {

    /** The complete module key, e.g. {@code "de.tieredsupport.support-contingent:support-level"}. */
    String getKey();

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
