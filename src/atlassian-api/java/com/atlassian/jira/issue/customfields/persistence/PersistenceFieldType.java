package com.atlassian.jira.issue.customfields.persistence;

/**
 * The column a single-value field is stored in. A final class with constants (not an enum); the constant is read
 * from Jira's class at run time, so only its name and type matter here.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.java
 *   ({@code public static final PersistenceFieldType TYPE_LIMITED_TEXT}, the short "stringvalue" column);
 *   https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html (7.x, getDatabaseType()).
 * Status: CONFIRMED-9 (6.3 source, 7.x javadoc; continuity to 11 inferred)
 */
public final class PersistenceFieldType {

    /** Text up to 255 characters (column {@code stringvalue}). */
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType("limited-text");

    private final String name;

    private PersistenceFieldType(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
