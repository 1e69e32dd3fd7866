package de.tieredsupport.contingent.jira.settings;

/**
 * The form fields of one support level, prefilled as text: contingent and carry-over cap as {@code H:MM}, the
 * hourly rate as a plain decimal with a dot (as JSON takes it).
 */
public record SettingsLevelRow(String key, String label, String hours, String rate, String capHours) {
}
