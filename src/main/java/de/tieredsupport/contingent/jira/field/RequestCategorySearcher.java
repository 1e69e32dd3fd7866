package de.tieredsupport.contingent.jira.field;

import com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import jakarta.inject.Inject;

/**
 * The searcher of the Request category field: Jira's exact-text searcher over the stored value, so that JQL finds
 * {@code "Request category" = "Change request"}. A class of its own for the same reason as
 * {@link SupportLevelSearcher}: Jira builds the module from the plugin's container, whose imports must satisfy it.
 */
public class RequestCategorySearcher extends ExactTextSearcher {

    @Inject
    public RequestCategorySearcher(@ComponentImport JqlOperandResolver jqlOperandResolver,
                                   @ComponentImport CustomFieldInputHelper customFieldInputHelper,
                                   @ComponentImport FieldVisibilityManager fieldVisibilityManager) {
        super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager);
    }
}
