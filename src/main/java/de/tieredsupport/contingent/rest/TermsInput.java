package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.Violations;

/**
 * Body of {@code PUT /projects/{projectKey}/contract/terms/{effectiveMonth}}. Every field is optional except
 * {@code levels}; unset fields take the documented defaults (zone and currency: the contract's, or Europe/Berlin
 * and EUR for a new contract). Field names equal the paths the validation errors name.
 */
public final class TermsInput {

    private final String zoneId;
    private final String currency;
    private final Map<String, LevelInput> levels;
    private final RoundingInput rounding;
    private final List<Integer> thresholds;
    private final List<String> recipients;
    private final CarryOverInput carryOver;
    private final String overagePolicy;
    private final String defaultLevel;
    private final List<DecisionMakerInput> decisionMakers;
    private final Integer decisionThreshold;
    private final Map<String, String> serviceHours;
    private final HolidaysInput holidays;

    @JsonCreator
    public TermsInput(@JsonProperty("zoneId") String zoneId,
            @JsonProperty("currency") String currency,
            @JsonProperty("levels") Map<String, LevelInput> levels,
            @JsonProperty("rounding") RoundingInput rounding,
            @JsonProperty("thresholds") List<Integer> thresholds,
            @JsonProperty("recipients") List<String> recipients,
            @JsonProperty("carryOver") CarryOverInput carryOver,
            @JsonProperty("overagePolicy") String overagePolicy,
            @JsonProperty("defaultLevel") String defaultLevel,
            @JsonProperty("decisionMakers") List<DecisionMakerInput> decisionMakers,
            @JsonProperty("decisionThreshold") Integer decisionThreshold,
            @JsonProperty("serviceHours") Map<String, String> serviceHours,
            @JsonProperty("holidays") HolidaysInput holidays) {
        this.zoneId = zoneId;
        this.currency = currency;
        this.levels = levels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        this.rounding = rounding;
        this.thresholds = thresholds == null ? null : Collections.unmodifiableList(new ArrayList<>(thresholds));
        this.recipients = recipients == null ? null : Collections.unmodifiableList(new ArrayList<>(recipients));
        this.carryOver = carryOver;
        this.overagePolicy = overagePolicy;
        this.defaultLevel = defaultLevel;
        this.decisionMakers = decisionMakers == null ? null
                : Collections.unmodifiableList(new ArrayList<>(decisionMakers));
        this.decisionThreshold = decisionThreshold;
        this.serviceHours = serviceHours == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(serviceHours));
        this.holidays = holidays;
    }

    /** The same terms with the default service hours and no holiday calendar. */
    public TermsInput(String zoneId, String currency, Map<String, LevelInput> levels, RoundingInput rounding,
            List<Integer> thresholds, List<String> recipients, CarryOverInput carryOver, String overagePolicy,
            String defaultLevel, List<DecisionMakerInput> decisionMakers, Integer decisionThreshold) {
        this(zoneId, currency, levels, rounding, thresholds, recipients, carryOver, overagePolicy, defaultLevel,
                decisionMakers, decisionThreshold, null, null);
    }

    /** The same terms without decision makers and with the default decision threshold. */
    public TermsInput(String zoneId, String currency, Map<String, LevelInput> levels, RoundingInput rounding,
            List<Integer> thresholds, List<String> recipients, CarryOverInput carryOver, String overagePolicy,
            String defaultLevel) {
        this(zoneId, currency, levels, rounding, thresholds, recipients, carryOver, overagePolicy, defaultLevel,
                null, null);
    }

    /** The public-holiday calendar: country (ISO alpha-2) and optional region; no country means none. */
    public static final class HolidaysInput {
        private final String country;
        private final String region;

        @JsonCreator
        public HolidaysInput(@JsonProperty("country") String country, @JsonProperty("region") String region) {
            this.country = country;
            this.region = region;
        }
    }

    /** A decision maker: name, e-mail address and language ({@code en} or {@code de}). */
    public static final class DecisionMakerInput {
        private final String name;
        private final String email;
        private final String language;

        @JsonCreator
        public DecisionMakerInput(@JsonProperty("name") String name, @JsonProperty("email") String email,
                @JsonProperty("language") String language) {
            this.name = name;
            this.email = email;
            this.language = language;
        }
    }

    /** Contingent, rate and carry-over cap of one level. */
    public static final class LevelInput {
        private final Long contingentMinutes;
        private final BigDecimal rateAmount;
        private final Long carryOverCapMinutes;

        @JsonCreator
        public LevelInput(@JsonProperty("contingentMinutes") Long contingentMinutes,
                @JsonProperty("rateAmount") BigDecimal rateAmount,
                @JsonProperty("carryOverCapMinutes") Long carryOverCapMinutes) {
            this.contingentMinutes = contingentMinutes;
            this.rateAmount = rateAmount;
            this.carryOverCapMinutes = carryOverCapMinutes;
        }
    }

    public static final class RoundingInput {
        private final Integer incrementMinutes;
        private final String mode;

        @JsonCreator
        public RoundingInput(@JsonProperty("incrementMinutes") Integer incrementMinutes,
                @JsonProperty("mode") String mode) {
            this.incrementMinutes = incrementMinutes;
            this.mode = mode;
        }
    }

    public static final class CarryOverInput {
        private final String policy;

        @JsonCreator
        public CarryOverInput(@JsonProperty("policy") String policy) {
            this.policy = policy;
        }
    }

    /**
     * The draft for the use case, after the transport bounds (which the domain does not know) hold.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException listing every bound exceeded
     */
    ContractDraft toDraft(long projectId, String effectiveMonth) {
        Violations v = bounds();
        v.throwIfAny();
        return draft(projectId, effectiveMonth, v);
    }

    /** The transport bounds this body exceeds (none: an empty list). */
    Violations bounds() {
        Violations v = new Violations();
        if (levels != null) {
            levels.forEach((key, level) -> {
                if (level != null) {
                    Inputs.minutes(v, level.contingentMinutes, "levels." + key + ".contingentMinutes");
                    Inputs.rate(v, level.rateAmount, "levels." + key + ".rateAmount");
                    Inputs.minutes(v, level.carryOverCapMinutes, "levels." + key + ".carryOverCapMinutes");
                }
            });
        }
        Inputs.list(v, thresholds, Inputs.MAX_THRESHOLDS, "thresholds");
        Inputs.list(v, recipients, Inputs.MAX_RECIPIENTS, "recipients");
        Inputs.list(v, decisionMakers, Inputs.MAX_RECIPIENTS, "decisionMakers");
        if (decisionMakers != null && decisionMakers.size() <= Inputs.MAX_RECIPIENTS) {
            for (int i = 0; i < decisionMakers.size(); i++) {
                DecisionMakerInput maker = decisionMakers.get(i);
                if (maker != null) {
                    Inputs.text(v, maker.name, "decisionMakers[" + i + "].name");
                    Inputs.text(v, maker.email, "decisionMakers[" + i + "].email");
                    Inputs.text(v, maker.language, "decisionMakers[" + i + "].language");
                }
            }
        }
        Inputs.text(v, zoneId, "zoneId");
        if (serviceHours != null) {
            serviceHours.forEach((day, range) -> {
                Inputs.text(v, day, "serviceHours");
                Inputs.text(v, range, "serviceHours." + day);
            });
        }
        if (holidays != null) {
            Inputs.text(v, holidays.country, "holidays.country");
            Inputs.text(v, holidays.region, "holidays.region");
        }
        return v;
    }

    /**
     * The draft without the values that exceed a bound (left out as if not given), only for finding the other
     * problems of the same body: never saved, since a left-out value is a problem of its own.
     */
    ContractDraft draftWithoutExceeded(long projectId, String effectiveMonth) {
        return draft(projectId, effectiveMonth, bounds());
    }

    private ContractDraft draft(long projectId, String effectiveMonth, Violations exceeded) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        exceeded.list().forEach(x -> fields.add(x.field()));
        Map<String, ContractDraft.LevelDraft> drafts = null;
        if (levels != null) {
            drafts = new LinkedHashMap<>();
            for (Map.Entry<String, LevelInput> e : levels.entrySet()) {
                LevelInput level = e.getValue();
                String field = "levels." + e.getKey() + ".";
                if (level != null) {
                    drafts.put(e.getKey(), new ContractDraft.LevelDraft(
                            fields.contains(field + "contingentMinutes") ? null : level.contingentMinutes,
                            fields.contains(field + "rateAmount") ? null : level.rateAmount,
                            fields.contains(field + "carryOverCapMinutes") ? null : level.carryOverCapMinutes));
                }
            }
        }
        return new ContractDraft(projectId, effectiveMonth, fields.contains("zoneId") ? null : zoneId, currency,
                drafts, rounding == null ? null : rounding.incrementMinutes, rounding == null ? null : rounding.mode,
                fields.contains("thresholds") ? null : thresholds, fields.contains("recipients") ? null : recipients,
                carryOver == null ? null : carryOver.policy, overagePolicy, defaultLevel,
                decisionMakers == null || fields.stream().anyMatch(f -> f.startsWith("decisionMakers")) ? null
                        : decisionMakers.stream().map(m -> m == null ? null
                                : new DecisionMaker.Raw(m.name, m.email, m.language)).toList(),
                decisionThreshold,
                serviceHours == null || fields.stream().anyMatch(f -> f.startsWith("serviceHours")) ? null
                        : serviceHours,
                holidays == null || fields.contains("holidays.country") ? null : holidays.country,
                holidays == null || fields.contains("holidays.region") ? null : holidays.region);
    }
}
