package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's issue manager (subset).
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java
 *   ({@code getIssueObject(String)} → MutableIssue); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java for getIssueObject(Long)
 *   and getIssueObjects(Collection) (and jira-core's DefaultIssueManager there, which
 *   reads the ids with OR-ed id conditions in batches rather than one query per id);
 *   https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html.
 * Status: CONFIRMED-11 (getIssueObject(String), getIssueObject(Long)) — jira-scrum-poker (above); atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build)
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/CommandEventRenderer.java line 90 ({@code issueManager.getIssueObject(event.getIssueId())}); alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10")
 *   WatcherFieldType.java ({@code ComponentAccessor.getIssueManager().getIssueObject(issueId)}, a long id).
 *   getIssueObjects(Collection) CONFIRMED-9 (6.3 source, 7.0.6 javadoc).
 *   updateIssue(ApplicationUser, MutableIssue, EventDispatchOption, boolean): Jira 6.3.15 jira-core
 *   DefaultIssueManager (same mirror; builds the change items of the modified fields, stores them as a change group,
 *   i.e. the issue's History tab, and dispatches the event); an IssueManager implementation of a Jira 7 plugin
 *   (package com.bics.jira.mail.mock: {@code public Issue updateIssue(ApplicationUser user, MutableIssue mutableIssue,
 *   EventDispatchOption eventDispatchOption, boolean b)}); odinson8/jiraspring2pluginTemplate
 *   src/main/java/com/veniture/util/functions.java ({@code updateIssue(user, issue, EventDispatchOption.ISSUE_UPDATED,
 *   false)}); ScriptRunner for Jira DC 8.x documentation "Update Issues" (EventDispatchOption in
 *   com.atlassian.jira.event.type). CONFIRMED-9.
 */
public interface IssueManager {

    /** CONFIRMED-11. Null when no such issue. */
    MutableIssue getIssueObject(Long id);

    /** CONFIRMED-11. Null when no such issue. */
    MutableIssue getIssueObject(String key);

    /**
     * The issues with these ids, in the order of the ids; ids without an issue are left out (no nulls).
     * CONFIRMED-9.
     */
    List<Issue> getIssueObjects(Collection<Long> ids);

    /**
     * Stores the issue's modified fields as {@code user}, with change history, dispatching the given event and
     * sending mail if asked. Performs no permission check. CONFIRMED-9.
     */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption,
            boolean sendMail);
}
