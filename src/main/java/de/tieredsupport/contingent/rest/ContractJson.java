package de.tieredsupport.contingent.rest;

import java.util.List;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.service.ViewContract.ContractView;

/** A project's contract: the terms in force now, every version (oldest first), and what the caller may see. */
public record ContractJson(
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("projectName") String projectName,
        @JsonProperty("zoneId") String zoneId,
        @JsonProperty("currency") String currency,
        @JsonProperty("moneyVisible") boolean moneyVisible,
        @JsonProperty("currentMonth") String currentMonth,
        @JsonProperty("latestClosedMonth") String latestClosedMonth,
        @JsonProperty("currentTerms") TermsJson currentTerms,
        @JsonProperty("termsHistory") List<TermsJson> termsHistory) {

    static ContractJson of(Project project, ContractView view) {
        boolean money = view.moneyVisible();
        return new ContractJson(project.getKey(), project.getName(), view.contract().zone().getId(),
                view.contract().currency().getCurrencyCode(), money, view.currentMonth().toString(),
                view.latestClosedMonth().map(Object::toString).orElse(null),
                view.currentTerms().map(t -> TermsJson.of(t, money)).orElse(null),
                view.contract().versions().stream().map(t -> TermsJson.of(t, money)).toList());
    }
}
