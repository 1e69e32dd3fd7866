package com.atlassian.jira.issue.customfields.impl;

/**
 * Thrown by a field type for invalid input; Jira shows the message next to the field. Unchecked. The plugin's field
 * type constructs it, so its constructor is declared (with the trivial exception behaviour).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java
 *   ({@code public class FieldValidationException extends RuntimeException}, {@code public FieldValidationException(String message)});
 *   imported from this package by public 8/9-era field types (e.g. a ScriptRunner sample {@code com.scriptrunnerhq.CustomField extends AbstractSingleFieldType<String>}).
 * Status: CONFIRMED-11 (type, package, unchecked use in a throws clause) — alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10") WatcherFieldType.java
 *   ({@code getValueFromCustomFieldParams(..) throws FieldValidationException}); the (String) constructor CONFIRMED-9 (6.3 source)
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
