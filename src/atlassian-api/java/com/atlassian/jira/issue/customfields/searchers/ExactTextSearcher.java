package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Jira's searcher for custom fields holding exact text (the URL field's searcher); the base class of the plugin's
 * Support Level searcher, whose constructor takes the three services as {@code @ComponentImport} parameters and
 * calls {@code super(..)}. On Jira 11 its indexer indexes {@code CustomFieldType.getStringFromSingularObject(value)}
 * of the field's value (a single String for the Support Level field).
 * Declared: exactly the public three-argument constructor, with an empty body (base class the plugin extends — see
 * docs/atlassian-api.md, "What the bodies do"). Left out: the superclass {@code AbstractInitializationCustomFieldSearcher},
 * the interfaces ({@code CustomFieldSearcher}, {@code NaturallyOrderedCustomFieldSearcher} and whatever 11 adds for
 * sorting), the deprecated two-argument constructor, and every searcher method ({@code init}, {@code getSearchInformation},
 * {@code getSearchInputTransformer}, {@code getSearchRenderer}, {@code getCustomFieldSearcherClauseHandler}, the
 * Lucene-era sorter members): the plugin overrides and calls none of them, so at run time Jira's own class supplies them.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/searchers/ExactTextSearcher.java
 *   ({@code @PublicSpi @PublicApi public class ExactTextSearcher extends AbstractInitializationCustomFieldSearcher implements CustomFieldSearcher,
 *   NaturallyOrderedCustomFieldSearcher}; {@code public ExactTextSearcher(JqlOperandResolver, CustomFieldInputHelper, FieldVisibilityManager)});
 *   https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/searchers/ExactTextSearcher.html (7.x);
 *   Jira 10.3: alanmosely/jira-watcher-field-plugin@47ceeb1 (2.10.0, jira.version 10.3.0) src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java;
 *   Jira 11: the same file in 3.0.0-rc1 (jakarta.inject, "Jira Data Center 11 compatibility (Platform 8) ... Spring Scanner 6",
 *   CHANGELOG.md@2aa86f1): {@code WatcherSearcher extends ExactTextSearcher}, {@code @Inject} constructor with
 *   {@code @ComponentImport JqlOperandResolver, CustomFieldInputHelper, FieldVisibilityManager} calling
 *   {@code super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager)}; rc2 (same CHANGELOG, and the rc2 WatcherSearcher
 *   javadoc) reports that this searcher ran on stock Jira 11.3 and its indexer passed the field value to getStringFromSingularObject.
 * Status: CONFIRMED-11 (class, package, public 3-argument constructor, parameter order)
 */
public class ExactTextSearcher {

    public ExactTextSearcher(JqlOperandResolver jqlOperandResolver, CustomFieldInputHelper customFieldInputHelper,
                             FieldVisibilityManager fieldVisibilityManager) {
        // Intentionally empty: the plugin's subclass must be constructible in tests; at run time Jira's constructor runs.
    }
}
