package de.tieredsupport.contingent.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;

import de.tieredsupport.contingent.domain.SupportLevel;

import org.junit.Before;
import org.junit.Test;

public class JiraIssueLevelLookupTest {

    private static final long ISSUE_ID = 10_001L;

    private IssueManager issueManager;
    private CustomFieldManager customFieldManager;
    private MutableIssue issue;
    private final List<CustomField> allFields = new ArrayList<>();
    private JiraIssueLevelLookup lookup;

    @Before
    public void setUp() {
        issueManager = mock(IssueManager.class);
        customFieldManager = mock(CustomFieldManager.class);
        issue = mock(MutableIssue.class);
        when(issueManager.getIssueObject(ISSUE_ID)).thenReturn(issue);
        when(customFieldManager.getCustomFieldObjects()).thenAnswer(call -> new ArrayList<>(allFields));
        when(customFieldManager.getCustomFieldObject(anyString())).thenAnswer(call -> allFields.stream()
                .filter(field -> field.getId().equals(call.getArgument(0)))
                .findFirst().orElse(null));
        lookup = new JiraIssueLevelLookup(issueManager, customFieldManager);
    }

    @Test
    public void readsTheLevelOfTheIssue() {
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L2");
        assertEquals(Optional.of(SupportLevel.L2), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void everyLevelIsRead() {
        CustomField field = field("customfield_10100", SupportLevelCFType.TYPE_KEY, null);
        for (SupportLevel level : SupportLevel.values()) {
            when(field.getValue(issue)).thenReturn(level.key());
            assertEquals(Optional.of(level), lookup.currentLevel(ISSUE_ID));
        }
    }

    @Test
    public void noSupportLevelFieldMeansNoLevel() {
        field("customfield_10000", "com.atlassian.jira.plugin.system.customfieldtypes:textfield", "L1");
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void aFieldWhoseTypeIsUnavailableIsIgnored() {
        CustomField field = field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L1");
        when(field.getCustomFieldType()).thenReturn(null);
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void noValueMeansNoLevel() {
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, null);
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void anUnknownStoredValueMeansNoLevel() {
        CustomField field = field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L9");
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
        when(field.getValue(issue)).thenReturn("l2");
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
        when(field.getValue(issue)).thenReturn(2L);
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
        when(field.getValue(issue)).thenThrow(new FieldValidationException("Stored value is not a level"));
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void anUnknownIssueMeansNoLevelAndNoFieldLookup() {
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L3");
        assertEquals(Optional.empty(), lookup.currentLevel(404L));
        verify(customFieldManager, never()).getCustomFieldObjects();
        verify(customFieldManager, never()).getCustomFieldObject(anyString());
    }

    @Test
    public void aFailureOfJiraIsNotMistakenForNoLevel() {
        CustomField field = field("customfield_10100", SupportLevelCFType.TYPE_KEY, null);
        when(field.getValue(issue)).thenThrow(new IllegalStateException("database unavailable"));
        try {
            lookup.currentLevel(ISSUE_ID);
            fail("a failing read must not become the contract's default level");
        } catch (IllegalStateException expected) {
            assertEquals("database unavailable", expected.getMessage());
        }
    }

    @Test
    public void afterTheFirstCallTheFieldIsResolvedByIdWithoutLookingAtAllFields() {
        for (int i = 0; i < 50; i++) {
            field("customfield_" + (10_000 + i), "com.atlassian.jira.plugin.system.customfieldtypes:textfield", "x");
        }
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L1");
        for (int call = 0; call < 5; call++) {
            assertEquals(Optional.of(SupportLevel.L1), lookup.currentLevel(ISSUE_ID));
        }
        verify(customFieldManager, times(1)).getCustomFieldObjects();
        verify(customFieldManager, times(4)).getCustomFieldObject("customfield_10100");
    }

    @Test
    public void aFieldAddedLaterIsFoundOnTheFirstMiss() {
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, null);
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
        field("customfield_10200", SupportLevelCFType.TYPE_KEY, "L3");
        assertEquals(Optional.of(SupportLevel.L3), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void aDeletedFieldIsForgottenAndItsReplacementFound() {
        CustomField old = field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L1");
        assertEquals(Optional.of(SupportLevel.L1), lookup.currentLevel(ISSUE_ID));
        allFields.remove(old);
        field("customfield_10300", SupportLevelCFType.TYPE_KEY, "L2");
        assertEquals(Optional.of(SupportLevel.L2), lookup.currentLevel(ISSUE_ID));
        assertEquals(Optional.of(SupportLevel.L2), lookup.currentLevel(ISSUE_ID));
        verify(old, times(1)).getValue(any(Issue.class));
    }

    @Test
    public void aFieldWhoseTypeChangedIsNotRead() {
        CustomField field = field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L1");
        assertEquals(Optional.of(SupportLevel.L1), lookup.currentLevel(ISSUE_ID));
        CustomFieldType<?, ?> other = type("com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        when(field.getCustomFieldType()).thenReturn(other);
        assertEquals(Optional.empty(), lookup.currentLevel(ISSUE_ID));
    }

    @Test
    public void withSeveralFieldsTheLowestIdHoldingAValueWins() {
        field("customfield_10200", SupportLevelCFType.TYPE_KEY, "L3");
        field("customfield_9900", SupportLevelCFType.TYPE_KEY, null);
        field("customfield_10100", SupportLevelCFType.TYPE_KEY, "L2");
        assertEquals(Optional.of(SupportLevel.L2), lookup.currentLevel(ISSUE_ID));
        assertEquals(Optional.of(SupportLevel.L2), lookup.currentLevel(ISSUE_ID));
    }

    private CustomField field(String id, String typeKey, String value) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        CustomFieldType<?, ?> type = type(typeKey);
        when(field.getCustomFieldType()).thenReturn(type);
        when(field.getValue(issue)).thenReturn(value);
        allFields.add(field);
        return field;
    }

    private static CustomFieldType<?, ?> type(String key) {
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(key);
        return type;
    }
}
