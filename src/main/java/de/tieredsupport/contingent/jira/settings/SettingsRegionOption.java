package de.tieredsupport.contingent.jira.settings;

/** A region of the holiday-calendar select: its country, code (the value sent), label and whether it is stored. */
public record SettingsRegionOption(String country, String value, String label, boolean selected) {
}
