package de.tieredsupport.contingent.jira.panel;

import java.util.List;

/**
 * What the issue view's contingent panel shows, as plain text for the template (accessors are allowlisted):
 * the ticket's level and this month's usage of that level for the customer, with warnings that say in words
 * what the colour of the bar says.
 */
public record IssuePanelModel(String levelLabel, boolean levelSet, boolean usageKnown, String used, String available,
        String remaining, String forecast, int barPercent, String barState, List<PanelWarning> warnings) {

    public IssuePanelModel {
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
