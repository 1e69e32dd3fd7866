package de.tieredsupport.contingent.jira.panel;

/** One warning of the issue panel: its kind ({@code info}, {@code warning}, {@code error}) and its sentence. */
public record PanelWarning(String kind, String text) {
}
