package de.tieredsupport.contingent.jira.settings;

/** One audit entry as text: when (in the contract's zone), who, what, and the recorded details. */
public record SettingsAuditRow(String at, String actor, String action, String details) {
}
