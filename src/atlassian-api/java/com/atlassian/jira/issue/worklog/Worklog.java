package com.atlassian.jira.issue.worklog;

import java.util.Date;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.user.ApplicationUser;

/**
 * A Jira worklog. Declared with its complete 7.0.8 member set (not only the getters the plugin reads) because the
 * plugin passes its own implementation of this interface to {@code WorklogManager.update(..)} when it rounds a
 * worklog: Jira's worklog store reads author key, update author key, comment, group level, role level, time spent,
 * start date, created and updated from the object it is given (6.3 {@code OfBizWorklogStore.createParamMap}), so the
 * plugin's delegating implementation must answer every getter. {@code getTimeSpent()} is in seconds.
 *
 * Evidence: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/worklog/Worklog.html ({@code @PublicApi public interface
 *   Worklog extends WithId}, the members below, the four name/full-name getters deprecated since 6.0);
 *   Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/issue/worklog/OfBizWorklogStore.java
 *   (which getters the store reads on update).
 *   Newest complete member list found: 7.0.8 javadoc (the 18 getters above + the static field ID_COMPARATOR, which an implementing
 *   class does not need); https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/worklog/package-summary.html is the same 7.x line
 *   (© 2017). No 8–11 javadoc, source or implementing plugin found, so abstract members added after 7.0.8 cannot be ruled out
 *   (docs/atlassian-api.md, "Evidence on Jira 11", decision 4).
 * Status: CONFIRMED-9 (7.0.8 javadoc; no Jira 10/11 material found — INFERRED unchanged as no Jakarta type appears;
 *   whether 8–11 added abstract members is unknown, see docs/atlassian-api.md "Weak spots")
 */
public interface Worklog extends WithId {

    @Override
    Long getId();

    Issue getIssue();

    String getAuthorKey();

    ApplicationUser getAuthorObject();

    String getUpdateAuthorKey();

    ApplicationUser getUpdateAuthorObject();

    Date getStartDate();

    /** Seconds. */
    Long getTimeSpent();

    String getGroupLevel();

    Long getRoleLevelId();

    ProjectRole getRoleLevel();

    String getComment();

    Date getCreated();

    Date getUpdated();

    /** Deprecated since 6.0 (use getAuthorKey); declared only so a delegating implementation answers it. */
    @Deprecated
    String getAuthor();

    /** Deprecated since 6.0; declared only so a delegating implementation answers it. */
    @Deprecated
    String getAuthorFullName();

    /** Deprecated since 6.0 (use getUpdateAuthorKey); declared only so a delegating implementation answers it. */
    @Deprecated
    String getUpdateAuthor();

    /** Deprecated since 6.0; declared only so a delegating implementation answers it. */
    @Deprecated
    String getUpdateAuthorFullName();
}
