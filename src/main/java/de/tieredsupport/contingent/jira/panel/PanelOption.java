package de.tieredsupport.contingent.jira.panel;

/** One choice of a select on the issue panel: the submitted value, its label, and whether it is the current one. */
public record PanelOption(String value, String label, boolean selected) {
}
