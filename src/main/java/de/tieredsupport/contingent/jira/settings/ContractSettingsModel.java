package de.tieredsupport.contingent.jira.settings;

import java.util.List;

/**
 * The contract settings page of one project as its template sees it: only text, booleans and lists of the
 * text rows, already formatted for the reader's locale. The form is prefilled from the latest version of terms
 * (or the defaults for a project without contract); the page's script sends it to the REST API.
 *
 * @param restBase the REST API's base path, relative to the server ({@code /jira/rest/support-contingent/1.0})
 * @param hasContract false until the first terms are saved; then zone and currency are fixed
 * @param currentMonth the current month in the contract's zone, {@code yyyy-MM}
 * @param effectiveMonth the form's proposed effective month, {@code yyyy-MM}
 * @param minEffectiveMonth the first month new terms may take effect ({@code yyyy-MM}; the month after the latest
 *        closed one, or empty when no month is closed)
 * @param incrementMinutes the rounding increment of the latest version (the form's value)
 * @param currentIncrementMinutes the rounding increment in force this month (top-ups must be multiples of it)
 * @param decisionsAvailable whether terms are in force in the current month, so top-ups and suspensions apply
 * @param form what the form checks before sending, in the reader's notation
 * @param formKeys a fresh idempotency key per form, sent with its first submit so that a repeated submit stores once
 */
public record ContractSettingsModel(String projectKey, String projectName, String heading, String restBase, boolean hasContract,
        String zoneId, String currency, String currentMonth, String currentMonthLabel, String effectiveMonth,
        String minEffectiveMonth, String latestClosedLabel, int incrementMinutes, int currentIncrementMinutes,
        String thresholds,
        String recipients, String decisionMakers, String decisionThreshold, List<SettingsLevelRow> levels, List<SettingsOption> roundingModes,
        List<SettingsOption> carryOverPolicies, List<SettingsOption> overagePolicies,
        List<SettingsOption> defaultLevels, SettingsTermsRow current, List<SettingsTermsRow> history,
        List<SettingsAuditRow> audit, boolean decisionsAvailable, List<SettingsOption> decisionLevels,
        List<String> suspensions, List<String> topUps, SettingsFormRules form, SettingsFormKeys formKeys) {

    public ContractSettingsModel {
        levels = List.copyOf(levels);
        roundingModes = List.copyOf(roundingModes);
        carryOverPolicies = List.copyOf(carryOverPolicies);
        overagePolicies = List.copyOf(overagePolicies);
        defaultLevels = List.copyOf(defaultLevels);
        history = List.copyOf(history);
        audit = List.copyOf(audit);
        decisionLevels = List.copyOf(decisionLevels);
        suspensions = List.copyOf(suspensions);
        topUps = List.copyOf(topUps);
    }

    public boolean hasCurrent() {
        return current != null;
    }

    public boolean hasHistory() {
        return !history.isEmpty();
    }

    public boolean hasAudit() {
        return !audit.isEmpty();
    }

    public boolean hasSuspensions() {
        return !suspensions.isEmpty();
    }

    public boolean hasTopUps() {
        return !topUps.isEmpty();
    }
}
