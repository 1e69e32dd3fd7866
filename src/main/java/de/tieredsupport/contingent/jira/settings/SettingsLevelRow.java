package de.tieredsupport.contingent.jira.settings;

/**
 * The form fields of one support level, prefilled as text: contingent and carry-over cap as {@code H:MM}, the
 * hourly rate with the currency's decimals and the reader's decimal separator (75,50 in German), no grouping; the
 * page's script turns it into the plain decimal JSON takes.
 */
public record SettingsLevelRow(String key, String label, String hours, String rate, String capHours) {
}
