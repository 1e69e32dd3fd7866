package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelState;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.service.StatusView;

/**
 * Where a contract stands in a month: per level used, available, percent, remaining, over, forecast, whether it is
 * suspended now and its state ({@code SUSPENDED}, {@code OVER}, {@code REACHED}, {@code WARNING} with
 * {@code stateThreshold}, {@code OK}: the domain's {@code LevelState}, the same the issue panel shows); alerts fired,
 * suspensions active now and top-ups. {@code hourlyRate} only with money; the reasons of top-ups and suspensions and
 * who decided them only with {@code detailsVisible}. {@code serviceHours}: the 1st-level service hours of the terms
 * in force, every weekday Monday first with {@code HH:mm-HH:mm} or null when closed, in {@code zoneId};
 * {@code holidays}: the public-holiday calendar ({@code DE-NW}), null for none. The forecast counts service days only;
 * {@code forecastFrom} ({@code yyyy-MM-dd}) is the first day on which three service days of the month have passed in
 * full, when a screen may show the forecast; null if the month has fewer.
 */
public record StatusJson(
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("projectName") String projectName,
        @JsonProperty("month") String month,
        @JsonProperty("zoneId") String zoneId,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("currency") String currency,
        @JsonProperty("moneyVisible") boolean moneyVisible,
        @JsonProperty("detailsVisible") boolean detailsVisible,
        @JsonProperty("levels") List<LevelJson> levels,
        @JsonProperty("alerts") List<DecisionJson.AlertJson> alerts,
        @JsonProperty("activeSuspensions") List<DecisionJson.SuspensionJson> activeSuspensions,
        @JsonProperty("topUps") List<DecisionJson.TopUpJson> topUps,
        @JsonProperty("serviceHours") Map<String, String> serviceHours,
        @JsonProperty("holidays") String holidays,
        @JsonProperty("forecastFrom") String forecastFrom) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelJson(
            @JsonProperty("level") String level,
            @JsonProperty("usedMinutes") long usedMinutes,
            @JsonProperty("availableMinutes") long availableMinutes,
            @JsonProperty("percentUsed") int percentUsed,
            @JsonProperty("remainingMinutes") long remainingMinutes,
            @JsonProperty("overageMinutes") long overageMinutes,
            @JsonProperty("suspendedMinutes") long suspendedMinutes,
            @JsonProperty("projectedMonthEndMinutes") long projectedMonthEndMinutes,
            @JsonProperty("projectedExhaustionDay") String projectedExhaustionDay,
            @JsonProperty("suspended") boolean suspended,
            @JsonProperty("state") String state,
            @JsonProperty("stateThreshold") Integer stateThreshold,
            @JsonProperty("hourlyRate") BigDecimal hourlyRate) {
    }

    static StatusJson of(Project project, StatusView view) {
        ContractStatus status = view.status();
        List<LevelJson> levels = status.levels().stream().map(l -> level(l, status, view)).toList();
        return new StatusJson(project.getKey(), project.getName(), status.month().yearMonth().toString(),
                status.month().zone().getId(), status.closed(), view.currency().getCurrencyCode(),
                view.moneyVisible(), view.detailsVisible(), levels,
                status.alerts().stream().map(DecisionJson.AlertJson::of).toList(),
                status.activeSuspensions().stream()
                        .map(s -> DecisionJson.SuspensionJson.of(s, view.detailsVisible())).toList(),
                status.topUps().stream().map(t -> DecisionJson.TopUpJson.of(t, view.detailsVisible())).toList(),
                view.serviceHours().toText(), view.holidays() == null ? null : view.holidays().code(),
                status.forecastFrom().map(Object::toString).orElse(null));
    }

    private static LevelJson level(LevelStatus l, ContractStatus status, StatusView view) {
        LevelState state = status.state(l.level());
        return new LevelJson(l.level().key(), l.usedMinutes().toLong(), l.availableMinutes().toLong(), l.percentUsed(),
                l.remainingMinutes().toLong(), l.overageMinutes().toLong(), l.suspendedMinutes().toLong(),
                l.projectedMonthEndMinutes().toLong(),
                l.projectedExhaustion().map(Object::toString).orElse(null), status.isSuspended(l.level()),
                state.kind().name(), state.threshold(),
                view.moneyVisible() ? view.hourlyRates().get(l.level()).amount() : null);
    }
}
