package de.tieredsupport.contingent.jira.panel;

import java.util.List;

/**
 * The ticket's request category on the issue panel: its label, and for those who may change it the REST URL the
 * panel's script writes to and the choices (accessors are allowlisted for the template).
 */
public record PanelCategory(String label, boolean canChange, String url, List<PanelOption> options) {

    public PanelCategory {
        options = List.copyOf(options);
    }
}
