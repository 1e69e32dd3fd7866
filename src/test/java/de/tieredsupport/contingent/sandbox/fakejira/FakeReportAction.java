package de.tieredsupport.contingent.sandbox.fakejira;

import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.web.action.ProjectActionSupport;

/**
 * Fake of the WebWork action Jira passes to a report ({@code ConfigureReport}): its selected project and the
 * validation errors the report adds. Jira's action cannot be built outside Jira (the compile-only declaration's
 * constructor refuses), so the action is a Mockito mock that answers these members only.
 */
public final class FakeReportAction {

    private final ProjectActionSupport action = mock(ProjectActionSupport.class);
    private final List<String> errors = new ArrayList<>();

    public FakeReportAction(Project selectedProject) {
        when(action.getSelectedProjectObject()).thenReturn(selectedProject);
        doAnswer(call -> errors.add(call.getArgument(1))).when(action).addError(
                org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
        doAnswer(call -> errors.add(call.getArgument(0))).when(action).addErrorMessage(
                org.mockito.ArgumentMatchers.anyString());
    }

    public ProjectActionSupport action() {
        return action;
    }

    /** The messages of {@code addError} and {@code addErrorMessage}, in order. */
    public List<String> errors() {
        return Collections.unmodifiableList(errors);
    }
}
