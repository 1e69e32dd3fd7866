package de.tieredsupport.contingent.jira.settings;

/** One choice of a select on the contract settings page: the value sent to REST and its label. */
public record SettingsOption(String value, String label, boolean selected) {
}
