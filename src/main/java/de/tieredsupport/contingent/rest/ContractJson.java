package de.tieredsupport.contingent.rest;

import java.util.List;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.service.ViewContract.ContractView;

/**
 * A project's contract: the terms in force now, every version (oldest first), and what the caller may see: rates
 * with {@code moneyVisible}, alert recipients and carry-over caps with {@code detailsVisible} (project admins and
 * Jira admins); browse-only callers get contingents, rounding, thresholds and policies.
 */
public record ContractJson(
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("projectName") String projectName,
        @JsonProperty("zoneId") String zoneId,
        @JsonProperty("currency") String currency,
        @JsonProperty("moneyVisible") boolean moneyVisible,
        @JsonProperty("detailsVisible") boolean detailsVisible,
        @JsonProperty("currentMonth") String currentMonth,
        @JsonProperty("latestClosedMonth") String latestClosedMonth,
        @JsonProperty("currentTerms") TermsJson currentTerms,
        @JsonProperty("termsHistory") List<TermsJson> termsHistory) {

    static ContractJson of(Project project, ContractView view) {
        boolean money = view.moneyVisible();
        boolean details = view.detailsVisible();
        return new ContractJson(project.getKey(), project.getName(), view.contract().zone().getId(),
                view.contract().currency().getCurrencyCode(), money, details, view.currentMonth().toString(),
                view.latestClosedMonth().map(Object::toString).orElse(null),
                view.currentTerms().map(t -> TermsJson.of(t, money, details)).orElse(null),
                view.contract().versions().stream().map(t -> TermsJson.of(t, money, details)).toList());
    }
}
