package org.ofbiz.core.entity;

/**
 * Atlassian's OfBiz entity-engine value object; declared only as the {@code changeGroup} parameter type of the
 * {@code IssueEvent} constructor (the sandbox passes {@code null}). Left out: the superclass {@code GenericEntity},
 * all public constructors and all members — the private constructor only stops tests from building an instance
 * that Jira's class could not be built like.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/IssueEvent.java
 *   ({@code import org.ofbiz.core.entity.GenericValue;} constructor parameter {@code GenericValue changeGroup}, getter {@code getChangeLog()});
 *   https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (7.x: {@code org.ofbiz.core.entity.GenericValue changeGroup});
 *   Atlassian entity-engine source {@code org/ofbiz/core/entity/GenericValue.java} (CVS id "GenericValue.java,v 1.1 2005/04/01 sfarquhar",
 *   {@code public class GenericValue extends GenericEntity}; public copy found by the code index, repository not named there);
 *   Jira 11: atlassian-labs/atlassian-slack-integration-server@94c50dc (jira-api 11.0.0)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java
 *   line 48 ({@code final GenericValue changeLog = issueEvent.getChangeLog();}, then {@code changeLog.getRelated(..)}).
 * Status: CONFIRMED-11 (package, name, use as IssueEvent's change-log type); kind (class) CONFIRMED-9
 */
public class GenericValue {

    private GenericValue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
