package de.tieredsupport.contingent.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;

import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

import org.junit.Test;

/**
 * The lists of changed and deleted worklogs are found on Jira's worklog manager whether their parameter is
 * {@code Long} or {@code long}; a Jira without them is told apart, never guessed at.
 */
public class JiraWorklogChangeFeedTest {

    private static final Instant SINCE = Instant.parse("2026-03-09T10:00:00Z");

    private static Worklog worklog(long id, long issueId, long projectId) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getProjectId()).thenReturn(projectId);
        Worklog worklog = mock(Worklog.class);
        when(worklog.getId()).thenReturn(id);
        when(worklog.getIssue()).thenReturn(issue);
        when(worklog.getAuthorKey()).thenReturn("agent");
        when(worklog.getStartDate()).thenReturn(Date.from(SINCE.minusSeconds(3600)));
        when(worklog.getTimeSpent()).thenReturn(600L);
        when(worklog.getUpdated()).thenReturn(Date.from(SINCE.plusSeconds(5)));
        return worklog;
    }

    @Test
    public void theLongFormIsCalledWithTheMillisecondsAndItsWorklogsAndDeletionsAreRead() {
        WorklogManagerWithChangeLists.Boxed jira = mock(WorklogManagerWithChangeLists.Boxed.class);
        Worklog worklog = worklog(7, 500, 10_000);
        when(jira.getWorklogsUpdatedSince(SINCE.toEpochMilli())).thenReturn(new ArrayList<>(List.of(worklog)));
        when(jira.getWorklogsDeletedSince(SINCE.toEpochMilli())).thenReturn(List.of(
                new WorklogManagerWithChangeLists.DeletedWorklog(8L, Date.from(SINCE.plusSeconds(9)))));
        JiraWorklogChangeFeed feed = new JiraWorklogChangeFeed(jira);

        assertEquals(List.of(new WorklogChangeFeed.Changed(7, 500, 10_000, "agent", SINCE.minusSeconds(3600), 600,
                SINCE.plusSeconds(5))), feed.updatedSince(SINCE));
        assertEquals(Optional.of(List.of(new WorklogChangeFeed.Deleted(8, SINCE.plusSeconds(9)))),
                feed.deletedSince(SINCE));
        verify(jira).getWorklogsUpdatedSince(SINCE.toEpochMilli());
    }

    @Test
    public void thePrimitiveFormIsFoundAndAJiraWithoutDeletionListSaysSo() {
        WorklogManagerWithChangeLists.Primitive jira = mock(WorklogManagerWithChangeLists.Primitive.class);
        Worklog worklog = worklog(7, 500, 10_000);
        when(jira.getWorklogsUpdatedSince(anyLong())).thenReturn(List.of(worklog));
        JiraWorklogChangeFeed feed = new JiraWorklogChangeFeed(jira);

        assertEquals(1, feed.updatedSince(SINCE).size());
        verify(jira).getWorklogsUpdatedSince(SINCE.toEpochMilli());
        assertEquals(Optional.empty(), feed.deletedSince(SINCE));
    }

    @Test
    public void existsAsksForTheWorklogById() {
        WorklogManager jira = mock(WorklogManager.class);
        Worklog worklog = worklog(7, 500, 10_000);
        when(jira.getById(7L)).thenReturn(worklog);
        JiraWorklogChangeFeed feed = new JiraWorklogChangeFeed(jira);
        assertTrue(feed.exists(7));
        assertFalse(feed.exists(8));
    }

    @Test(expected = UnsupportedOperationException.class)
    public void aJiraWithoutTheListOfChangedWorklogsFailsTheRead() {
        new JiraWorklogChangeFeed(mock(WorklogManager.class)).updatedSince(SINCE);
    }

    @Test
    public void aFailureInsideJiraReachesTheCallerAsItself() {
        WorklogManagerWithChangeLists.Boxed jira = mock(WorklogManagerWithChangeLists.Boxed.class);
        IllegalStateException failure = new IllegalStateException("database gone");
        when(jira.getWorklogsUpdatedSince(anyLong())).thenThrow(failure);
        try {
            new JiraWorklogChangeFeed(jira).updatedSince(SINCE);
        } catch (IllegalStateException e) {
            assertEquals(failure, e);
            return;
        }
        throw new AssertionError("no failure");
    }
}
