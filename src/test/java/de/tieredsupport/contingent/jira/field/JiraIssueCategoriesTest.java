package de.tieredsupport.contingent.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.ConflictException;
import de.tieredsupport.contingent.service.port.IssueCategories.CategorizedIssue;

import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

/** The Jira adapter of the Request category: which field it reads and writes, through which Jira calls. */
public class JiraIssueCategoriesTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final JiraIssueCategories categories = new JiraIssueCategories(issues, customFields, permissions, users);

    private CustomField field(String id, String typeKey) {
        CustomField field = mock(CustomField.class);
        @SuppressWarnings("rawtypes")
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getId()).thenReturn(id);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    @Before
    public void setUp() {
        when(issue.getId()).thenReturn(501L);
        when(issue.getKey()).thenReturn("ACME-1");
        when(issue.getProjectId()).thenReturn(10_000L);
        when(issues.getIssueObject("ACME-1")).thenReturn(issue);
        when(issues.getIssueObject(501L)).thenReturn(issue);
        when(users.getUserByKey("agent")).thenReturn(agent);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
    }

    @Test
    public void readsTheCategoryFieldWithTheLowestIdAndIgnoresOtherFields() {
        CustomField level = field("customfield_10100", SupportLevelCFType.TYPE_KEY);
        CustomField later = field("customfield_10200", RequestCategoryCFType.TYPE_KEY);
        CustomField first = field("customfield_9000", RequestCategoryCFType.TYPE_KEY);
        when(level.getValue(issue)).thenReturn("L2");
        when(later.getValue(issue)).thenReturn("Defect");
        when(first.getValue(issue)).thenReturn("Change request");
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of(level, later, first));

        assertEquals(Optional.of(new CategorizedIssue(501, "ACME-1", 10_000L,
                Optional.of(RequestCategory.CHANGE_REQUEST))), categories.find("ACME-1", "agent"));
    }

    @Test
    public void anUnsetFieldOrNoFieldIsNoStoredCategory() {
        CustomField category = field("customfield_10101", RequestCategoryCFType.TYPE_KEY);
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of(category));
        assertEquals(Optional.empty(), categories.stored(501));
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of());
        assertEquals(Optional.empty(), categories.stored(501));
        assertEquals(Optional.empty(), categories.stored(999));
    }

    @Test
    public void anIssueTheReaderMayNotBrowseIsNotFound() {
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of());
        ApplicationUser outsider = mock(ApplicationUser.class);
        when(users.getUserByKey("outsider")).thenReturn(outsider);
        assertEquals(Optional.empty(), categories.find("ACME-1", "outsider"));
        assertEquals(Optional.empty(), categories.find("ACME-1", null));
        assertEquals(Optional.empty(), categories.find("ACME-1", "nobody"));
        assertEquals(Optional.empty(), categories.find("ACME-404", "agent"));
        assertEquals(Optional.empty(), categories.find(null, "agent"));
    }

    @Test
    public void writesTheValueOnTheIssueAndStoresItThroughJirasUpdateWithHistory() {
        CustomField category = field("customfield_10101", RequestCategoryCFType.TYPE_KEY);
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of(category));

        categories.store(501, RequestCategory.DEFECT, "agent");

        InOrder order = inOrder(issue, issues);
        order.verify(issue).setCustomFieldValue(category, "Defect");
        order.verify(issues).updateIssue(agent, issue, EventDispatchOption.ISSUE_UPDATED, false);
    }

    @Test
    public void anIssueWithoutTheFieldIsAConflictAndNothingIsWritten() {
        CustomField level = field("customfield_10100", SupportLevelCFType.TYPE_KEY);
        when(customFields.getCustomFieldObjects(issue)).thenReturn(List.of(level));
        ConflictException e = assertThrows(ConflictException.class,
                () -> categories.store(501, RequestCategory.DEFECT, "agent"));
        assertEquals("category.noField", e.code());
        verify(issues, never()).updateIssue(any(), any(), any(), anyBoolean());
    }
}
