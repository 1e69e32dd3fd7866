package de.tieredsupport.contingent.jira.settings;

import java.util.List;

/** One version of terms as text, for the current terms and the history table. */
public record SettingsTermsRow(String effectiveMonth, String monthLabel, boolean inForce, List<String> levelTexts,
        String rounding, String thresholds, String carryOver, String overage, String defaultLevel,
        String recipients, String decisionMakers) {

    public SettingsTermsRow {
        levelTexts = List.copyOf(levelTexts);
    }
}
