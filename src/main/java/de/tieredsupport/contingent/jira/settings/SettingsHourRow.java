package de.tieredsupport.contingent.jira.settings;

/** A weekday of the service-hours form: open or closed, and its hours ({@code HH:mm}; the default hours when closed). */
public record SettingsHourRow(String day, String label, boolean open, String from, String to) {
}
