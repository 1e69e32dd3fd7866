package com.atlassian.jira.issue.customfields.impl;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

/**
 * Base of Jira's custom field types (subset). {@link #getKey()} is final in Jira, so it is final here too: a subclass
 * that overrode it would fail to load. {@link #getVelocityParameters} may be overridden (call super first) to give the
 * view/edit templates plain values. Because the plugin extends this class, the inherited
 * {@code getVelocityParameters} keeps its evidenced trivial behaviour here (a new mutable map; Jira adds "issueGv"),
 * so subclasses can be tested; at run time Jira's implementation is used.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java
 *   ({@code @PublicSpi public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S>}, {@code public final String getKey()},
 *   {@code @Nonnull public Map<String, Object> getVelocityParameters(Issue, CustomField, FieldLayoutItem)});
 *   https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/package-summary.html (7.x).
 * Status: CONFIRMED-11 for getVelocityParameters(Issue, CustomField, FieldLayoutItem) returning Map<String, Object> — alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10")
 *   src/main/java/com/burningcode/jira/issue/customfields/impl/WatcherFieldType.java overrides it with @Override and calls super (through
 *   MultiUserCFType → AbstractMultiCFType → AbstractCustomFieldType). The public no-argument constructor and the final getKey() CONFIRMED-9
 *   (6.3 source, 7.x javadoc; no Jira 10/11 source shows them — INFERRED unchanged)
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    @Override
    public final String getKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }
}
