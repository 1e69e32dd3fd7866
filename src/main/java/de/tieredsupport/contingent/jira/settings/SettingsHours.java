package de.tieredsupport.contingent.jira.settings;

import java.util.List;

/**
 * The service-hours part of the contract settings page: the line of the terms in force (empty without), one row per
 * weekday for the form (Monday first), the countries with public holidays and all their regions (each region names
 * its country, so the page's script can offer only the chosen country's regions).
 */
public record SettingsHours(String current, List<SettingsHourRow> days, List<SettingsOption> countries,
        List<SettingsRegionOption> regions) {

    public SettingsHours {
        days = List.copyOf(days);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    public boolean hasCurrent() {
        return !current.isEmpty();
    }
}
