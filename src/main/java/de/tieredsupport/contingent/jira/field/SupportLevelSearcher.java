package de.tieredsupport.contingent.jira.field;

import com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import jakarta.inject.Inject;

/**
 * The searcher of the Support Level field: Jira's exact-text searcher, so that JQL finds issues by level key
 * ({@code "Support Level" = L2}). Jira builds a {@code customfield-searcher} module from the plugin's own container,
 * so the searcher's collaborators must be the plugin's component imports; naming Jira's class in the descriptor
 * directly would leave them unsatisfiable. Not a component: the module is its only instance.
 */
public class SupportLevelSearcher extends ExactTextSearcher {

    @Inject
    public SupportLevelSearcher(@ComponentImport JqlOperandResolver jqlOperandResolver,
                                @ComponentImport CustomFieldInputHelper customFieldInputHelper,
                                @ComponentImport FieldVisibilityManager fieldVisibilityManager) {
        super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager);
    }
}
