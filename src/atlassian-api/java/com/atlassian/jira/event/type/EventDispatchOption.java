package com.atlassian.jira.event.type;

/**
 * How {@code IssueManager.updateIssue} dispatches its event (subset: the "Issue Updated" event, which Jira's
 * notification scheme turns into the usual mails). The constant is an object, not a compile-time constant, so it
 * is read from Jira's interface at run time; the value here only lets host fakes compare by identity.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/type/EventDispatchOption.java
 *   ({@code @PublicApi public interface EventDispatchOption}, {@code static final EventDispatchOption ISSUE_UPDATED}
 *   "Use this when you want to dispatch an EventType#ISSUE_UPDATED_ID event"); ScriptRunner for Jira DC 8.x
 *   documentation "Update Issues" ({@code import com.atlassian.jira.event.type.EventDispatchOption});
 *   odinson8/jiraspring2pluginTemplate src/main/java/com/veniture/util/functions.java
 *   ({@code EventDispatchOption.ISSUE_UPDATED} passed to {@code IssueManager.updateIssue}).
 * Status: CONFIRMED-9
 */
public interface EventDispatchOption {

    EventDispatchOption ISSUE_UPDATED = new EventDispatchOption() {
    };
}
