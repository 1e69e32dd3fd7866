package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.CarryOverPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;

/**
 * One version of a contract's terms as JSON; the same field names as the input of
 * {@code PUT .../contract/terms/{month}}. Rates appear only for callers who may see money; recipients, decision
 * makers and carry-over caps only for callers who may see the contract's details (both: project admins and Jira admins).
 * The service hours list every weekday, Monday first, with {@code HH:mm-HH:mm} or null when closed; {@code holidays}
 * is absent without a holiday calendar.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermsJson(
        @JsonProperty("effectiveMonth") String effectiveMonth,
        @JsonProperty("levels") Map<String, Level> levels,
        @JsonProperty("rounding") Rounding rounding,
        @JsonProperty("thresholds") List<Integer> thresholds,
        @JsonProperty("recipients") List<String> recipients,
        @JsonProperty("carryOver") CarryOver carryOver,
        @JsonProperty("overagePolicy") String overagePolicy,
        @JsonProperty("defaultLevel") String defaultLevel,
        @JsonProperty("decisionMakers") List<DecisionMakerJson> decisionMakers,
        @JsonProperty("decisionThreshold") Integer decisionThreshold,
        @JsonProperty("serviceHours") Map<String, String> serviceHours,
        @JsonProperty("holidays") Holidays holidays) {

    /** The public-holiday calendar: country, region (absent for the nationwide holidays only) and both as code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Holidays(
            @JsonProperty("country") String country,
            @JsonProperty("region") String region,
            @JsonProperty("code") String code) {
    }

    /** A decision maker on the customer's side: only for callers who may see the contract's details. */
    public record DecisionMakerJson(
            @JsonProperty("name") String name,
            @JsonProperty("email") String email,
            @JsonProperty("language") String language) {
    }

    /** Contingent and (money) rate of one level; the carry-over cap only under UNUSED_UP_TO (and with details). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Level(
            @JsonProperty("contingentMinutes") long contingentMinutes,
            @JsonProperty("rateAmount") BigDecimal rateAmount,
            @JsonProperty("carryOverCapMinutes") Long carryOverCapMinutes) {
    }

    public record Rounding(
            @JsonProperty("incrementMinutes") int incrementMinutes,
            @JsonProperty("mode") String mode) {
    }

    public record CarryOver(@JsonProperty("policy") String policy) {
    }

    static TermsJson of(Terms terms, boolean money, boolean details) {
        Map<String, Level> levels = new LinkedHashMap<>();
        boolean capped = details && terms.carryOver().kind() == CarryOverPolicy.Kind.UNUSED_UP_TO;
        for (SupportLevel level : SupportLevel.values()) {
            levels.put(level.key(), new Level(terms.contingentMinutes(level).toLong(),
                    money ? terms.hourlyRate(level).amount() : null,
                    capped ? (Long) terms.carryOver().capFor(level).toLong() : null));
        }
        return new TermsJson(terms.effectiveMonth().toString(), levels,
                new Rounding(terms.rounding().incrementMinutes(), terms.rounding().mode().name()),
                terms.thresholds(), details ? terms.recipients() : null, new CarryOver(terms.carryOver().kind().name()),
                terms.overage().name(), terms.defaultLevel().key(),
                details ? terms.decisionMakers().stream()
                        .map(m -> new DecisionMakerJson(m.name(), m.email(), m.language())).toList() : null,
                terms.decisionThresholdPercent().orElse(null),
                terms.serviceHours().toText(),
                terms.holidays().map(h -> new Holidays(h.country(), h.region(), h.code())).orElse(null));
    }
}
