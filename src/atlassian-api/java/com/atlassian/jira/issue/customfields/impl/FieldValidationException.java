package com.atlassian.jira.issue.customfields.impl;

/**
 * Thrown by a field type for invalid input; Jira shows the message next to the field. Unchecked. The plugin's field
 * type constructs it, so its constructor is declared (with the trivial exception behaviour).
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java
 *   ({@code public class FieldValidationException extends RuntimeException}, {@code public FieldValidationException(String message)});
 *   imported from this package by public 8/9-era field types (e.g. a ScriptRunner sample {@code com.scriptrunnerhq.CustomField extends AbstractSingleFieldType<String>}).
 * Status: CONFIRMED-9 (6.3 source; continuity to 11 inferred — no Jakarta type)
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
