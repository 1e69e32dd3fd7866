package de.tieredsupport.contingent.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import de.tieredsupport.contingent.service.port.IssueInfo;

import org.junit.Test;

/** The thin Jira adapters, against the declared Jira API. */
public class JiraAdaptersTest {

    @Test
    public void clusterLockRunsTheWorkUnderTheNamedLockAndReleasesIt() throws Exception {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName(JiraClusterLock.PREFIX + "10|2026-11")).thenReturn(lock);
        when(lock.tryLock(JiraClusterLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertEquals("done", new JiraClusterLock(service).withLock("10|2026-11", () -> "done"));
        verify(lock).unlock();
    }

    @Test
    public void clusterLockReleasesAfterAFailure() throws Exception {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName(JiraClusterLock.PREFIX + "x")).thenReturn(lock);
        when(lock.tryLock(JiraClusterLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);
        try {
            new JiraClusterLock(service).withLock("x", () -> {
                throw new IllegalStateException("boom");
            });
            fail();
        } catch (IllegalStateException expected) {
            verify(lock).unlock();
        }
    }

    @Test
    public void aBusyClusterLockFailsWithoutRunningTheWork() throws Exception {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName(JiraClusterLock.PREFIX + "x")).thenReturn(lock);
        when(lock.tryLock(JiraClusterLock.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);
        try {
            new JiraClusterLock(service).withLock("x", () -> {
                throw new AssertionError("must not run");
            });
            fail();
        } catch (JiraClusterLock.LockUnavailableException expected) {
            verify(lock, never()).unlock();
        }
    }

    @Test
    public void userRightsAskJiraForTheRightPermissions() {
        UserManager users = mock(UserManager.class);
        ProjectManager projects = mock(ProjectManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        GlobalPermissionManager global = mock(GlobalPermissionManager.class);
        ApplicationUser anna = mock(ApplicationUser.class);
        Project project = mock(Project.class);
        when(users.getUserByKey("anna")).thenReturn(anna);
        when(projects.getProjectObj(10L)).thenReturn(project);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, anna)).thenReturn(true);
        when(global.hasPermission(GlobalPermissionKey.ADMINISTER, anna)).thenReturn(false);
        JiraUserRights rights = new JiraUserRights(users, projects, permissions, global);

        assertTrue(rights.canBrowseProject("anna", 10));
        assertFalse(rights.isProjectAdmin("anna", 10));
        assertFalse(rights.isJiraAdmin("anna"));
        assertFalse("unknown project", rights.canBrowseProject("anna", 11));
        assertFalse("unknown user", rights.canBrowseProject("ghost", 10));
        assertFalse("anonymous", rights.isJiraAdmin(null));
    }

    @Test
    public void issueInfoSkipsIssuesJiraNoLongerHas() {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(1L);
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getSummary()).thenReturn("<script>alert(1)</script>");
        when(issues.getIssueObjects(List.of(1L, 2L))).thenReturn(List.of(issue));

        Map<Long, IssueInfo> found = lookup(issues, true).findAll(List.of(1L, 2L), "anna");

        assertEquals(Map.of(1L, new IssueInfo(1L, "SUP-1", "<script>alert(1)</script>")), found);
        verify(issues, never()).getIssueObject(anyLong());
    }

    @Test
    public void issueInfoGivesOnlyTheKeyOfAnIssueTheReaderMayNotBrowse() {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(1L);
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getSummary()).thenReturn("Salary data of the CFO");
        when(issues.getIssueObjects(List.of(1L))).thenReturn(List.of(issue));

        assertEquals(Map.of(1L, IssueInfo.restricted(1L, "SUP-1")), lookup(issues, false).findAll(List.of(1L),
                "anna"));
        assertEquals("anonymous", Map.of(1L, IssueInfo.restricted(1L, "SUP-1")), lookup(issues, true)
                .findAll(List.of(1L), null));
        assertFalse(IssueInfo.restricted(1L, "SUP-1").browsable());
    }

    /** The lookup for reader "anna", who may browse every issue or none. */
    private static JiraIssueInfoLookup lookup(IssueManager issues, boolean mayBrowse) {
        PermissionManager permissions = mock(PermissionManager.class);
        com.atlassian.jira.user.util.UserManager users = mock(com.atlassian.jira.user.util.UserManager.class);
        ApplicationUser anna = mock(ApplicationUser.class);
        when(users.getUserByKey("anna")).thenReturn(anna);
        when(permissions.hasPermission(org.mockito.ArgumentMatchers.eq(ProjectPermissions.BROWSE_PROJECTS),
                org.mockito.ArgumentMatchers.any(Issue.class), org.mockito.ArgumentMatchers.eq(anna)))
                .thenReturn(mayBrowse);
        return new JiraIssueInfoLookup(issues, permissions, users);
    }

    @Test
    public void issueInfoReadsManyIssuesInBulkNeverOneByOne() {
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObjects(anyCollection())).thenAnswer(call -> {
            List<Issue> found = new ArrayList<>();
            for (Object id : (Collection<?>) call.getArgument(0)) {
                MutableIssue issue = mock(MutableIssue.class);
                when(issue.getId()).thenReturn((Long) id);
                when(issue.getKey()).thenReturn("SUP-" + id);
                found.add(issue);
            }
            return found;
        });
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 2 * JiraIssueInfoLookup.BATCH + 1; id++) {
            ids.add(id);
        }

        Map<Long, IssueInfo> found = lookup(issues, true).findAll(ids, "anna");

        assertEquals(ids.size(), found.size());
        assertEquals(new IssueInfo(2001L, "SUP-2001", ""), found.get(2001L));
        verify(issues, times(3)).getIssueObjects(anyCollection());
        verify(issues).getIssueObjects(ids.subList(0, JiraIssueInfoLookup.BATCH));
        verify(issues).getIssueObjects(ids.subList(2 * JiraIssueInfoLookup.BATCH, ids.size()));
        verify(issues, never()).getIssueObject(anyLong());
    }
}
