package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Raw user input for a version of a contract's terms, as a form or REST body delivers it. Unset (null) fields take
 * the documented defaults. {@link #applyTo} validates everything at once and reports every problem with its field
 * path, so the caller can answer a single 400 listing all of them.
 *
 * @param serviceHours weekday name to {@code HH:mm-HH:mm} or null for closed; null for the default service hours
 * @param holidayCountry country of the public-holiday calendar (ISO alpha-2), null for none
 * @param holidayRegion region of that country, null for the nationwide holidays only
 */
public record ContractDraft(
        long projectId,
        String effectiveMonth,
        String zoneId,
        String currency,
        Map<String, LevelDraft> levels,
        Integer incrementMinutes,
        String roundingMode,
        List<Integer> thresholds,
        List<String> recipients,
        String carryOverPolicy,
        String overagePolicy,
        String defaultLevel,
        List<DecisionMaker.Raw> decisionMakers,
        Integer decisionThreshold,
        Map<String, String> serviceHours,
        String holidayCountry,
        String holidayRegion) {

    /** Raw per-level input; {@code carryOverCapMinutes} is only read for UNUSED_UP_TO. */
    public record LevelDraft(Long contingentMinutes, BigDecimal rateAmount, Long carryOverCapMinutes) {
    }

    public ContractDraft {
        levels = levels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        thresholds = thresholds == null ? null : Collections.unmodifiableList(new ArrayList<>(thresholds));
        recipients = recipients == null ? null : Collections.unmodifiableList(new ArrayList<>(recipients));
        decisionMakers = decisionMakers == null ? null : Collections.unmodifiableList(new ArrayList<>(decisionMakers));
        serviceHours = serviceHours == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(serviceHours));
    }

    /** A draft with the default service hours and no holiday calendar. */
    public ContractDraft(long projectId, String effectiveMonth, String zoneId, String currency,
            Map<String, LevelDraft> levels, Integer incrementMinutes, String roundingMode, List<Integer> thresholds,
            List<String> recipients, String carryOverPolicy, String overagePolicy, String defaultLevel,
            List<DecisionMaker.Raw> decisionMakers, Integer decisionThreshold) {
        this(projectId, effectiveMonth, zoneId, currency, levels, incrementMinutes, roundingMode, thresholds,
                recipients, carryOverPolicy, overagePolicy, defaultLevel, decisionMakers, decisionThreshold, null,
                null, null);
    }

    /** A draft without decision makers and with the default decision threshold. */
    public ContractDraft(long projectId, String effectiveMonth, String zoneId, String currency,
            Map<String, LevelDraft> levels, Integer incrementMinutes, String roundingMode, List<Integer> thresholds,
            List<String> recipients, String carryOverPolicy, String overagePolicy, String defaultLevel) {
        this(projectId, effectiveMonth, zoneId, currency, levels, incrementMinutes, roundingMode, thresholds,
                recipients, carryOverPolicy, overagePolicy, defaultLevel, null, null);
    }

    /**
     * Validates the draft and returns the contract with these terms added (or replacing the version with the same
     * effective month).
     *
     * @param existing the project's current contract, if any; its zone and currency cannot change
     * @param latestClosedMonth the project's latest closed month, if any; terms may only take effect after it
     * @throws ValidationException listing every problem
     */
    public Contract applyTo(Optional<Contract> existing, Optional<YearMonth> latestClosedMonth) {
        return applyTo(existing, latestClosedMonth, existing.map(Contract::holidayRules).orElse(HolidayRules.NONE));
    }

    /**
     * As {@link #applyTo(Optional, Optional)}, with the holiday calendar checked against {@code holidays} (unknown
     * countries and regions are violations of {@code holidays.country} and {@code holidays.region}); the contract
     * returned answers public holidays from them.
     */
    public Contract applyTo(Optional<Contract> existing, Optional<YearMonth> latestClosedMonth,
            HolidayRules holidays) {
        Violations v = new Violations();

        YearMonth month = parseMonth(v);
        ZoneId zone = parseZone(v, existing);
        Currency money = parseCurrency(v, existing);
        RoundingPolicy rounding = parseRounding(v);
        CarryOverPolicy.Kind carryKind = parseEnum(v, "carryOver.policy", "carryOver.policyUnknown",
                carryOverPolicy, CarryOverPolicy.Kind.class, CarryOverPolicy.Kind.NONE);
        OveragePolicy overage = parseEnum(v, "overagePolicy", "overage.policyUnknown", overagePolicy,
                OveragePolicy.class, OveragePolicy.NOT_BILLED);
        SupportLevel fallbackLevel = SupportLevel.L1;
        if (defaultLevel != null) {
            fallbackLevel = SupportLevel.fromKey(defaultLevel).orElse(null);
            if (fallbackLevel == null) {
                v.add("defaultLevel", "level.unknown", "Unknown support level '" + defaultLevel + "'",
                        defaultLevel);
            }
        }

        Map<SupportLevel, LevelTerms> levelTerms = new EnumMap<>(SupportLevel.class);
        LevelMinutes caps = parseLevels(v, money, rounding, carryKind, levelTerms);

        List<Integer> thresholdList = thresholds == null ? Terms.DEFAULT_THRESHOLDS : thresholds;
        Terms.checkThresholds(v, thresholdList);
        List<String> recipientList = recipients == null ? List.of() : recipients;
        Terms.checkRecipients(v, recipientList);
        List<DecisionMaker> makers = DecisionMaker.parse(v, decisionMakers == null ? List.of() : decisionMakers);
        Terms.checkDecisionThreshold(v, thresholdList, decisionThreshold);
        ServiceHours hours = ServiceHours.parse(v, "serviceHours", serviceHours);
        HolidayCalendar calendar = HolidayCalendar.parse(v, "holidays", holidayCountry, holidayRegion, holidays)
                .orElse(null);

        if (month != null && latestClosedMonth.isPresent() && !month.isAfter(latestClosedMonth.get())) {
            v.add("effectiveMonth", "terms.effectiveMonthClosed", "Terms cannot take effect in " + month
                    + ": months up to " + latestClosedMonth.get() + " are closed", month.toString(),
                    latestClosedMonth.get().toString());
        }
        v.throwIfAny();

        CarryOverPolicy carry = carryKind == CarryOverPolicy.Kind.NONE
                ? CarryOverPolicy.NONE : CarryOverPolicy.unusedUpTo(caps);
        Terms terms = new Terms(month, levelTerms, rounding, thresholdList, recipientList, carry, overage,
                fallbackLevel, makers, decisionThreshold, hours, calendar);
        return existing.map(c -> c.withHolidayRules(holidays).withTerms(terms))
                .orElseGet(() -> Contract.of(projectId, zone, money, List.of(terms)).withHolidayRules(holidays));
    }

    private YearMonth parseMonth(Violations v) {
        return Months.parse(v, "effectiveMonth", effectiveMonth);
    }

    private ZoneId parseZone(Violations v, Optional<Contract> existing) {
        ZoneId zone;
        if (zoneId == null) {
            return existing.map(Contract::zone).orElse(Contract.DEFAULT_ZONE);
        }
        try {
            zone = ZoneId.of(zoneId.trim());
        } catch (DateTimeException e) {
            v.add("zoneId", "zone.unknown", "Unknown time zone '" + zoneId + "'", zoneId);
            return null;
        }
        if (existing.isPresent() && !existing.get().zone().equals(zone)) {
            v.add("zoneId", "contract.zoneFixed", "The contract's time zone is " + existing.get().zone().getId()
                    + " and cannot change", existing.get().zone().getId(), zoneId);
        }
        return zone;
    }

    private Currency parseCurrency(Violations v, Optional<Contract> existing) {
        Currency parsed;
        if (currency == null) {
            return existing.map(Contract::currency).orElse(Contract.DEFAULT_CURRENCY);
        }
        try {
            parsed = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("currency", "currency.unknown", "Unknown currency '" + currency + "'", currency);
            return null;
        }
        if (parsed.getDefaultFractionDigits() < 0) {
            v.add("currency", "currency.unsupported", "Currency " + currency + " has no minor unit", currency);
            return null;
        }
        if (existing.isPresent() && !existing.get().currency().equals(parsed)) {
            v.add("currency", "contract.currencyFixed", "The contract's currency is "
                    + existing.get().currency().getCurrencyCode() + " and cannot change",
                    existing.get().currency().getCurrencyCode(), currency);
        }
        return parsed;
    }

    private RoundingPolicy parseRounding(Violations v) {
        int increment = incrementMinutes == null ? RoundingPolicy.DEFAULT_INCREMENT_MINUTES : incrementMinutes;
        boolean valid = true;
        if (increment < 1 || increment > RoundingPolicy.MAX_INCREMENT_MINUTES) {
            v.add("rounding.incrementMinutes", "rounding.incrementOutOfRange", "Increment must be 1 to "
                    + RoundingPolicy.MAX_INCREMENT_MINUTES + " minutes", increment,
                    RoundingPolicy.MAX_INCREMENT_MINUTES);
            valid = false;
        }
        RoundingPolicy.Mode mode = parseEnum(v, "rounding.mode", "rounding.modeUnknown", roundingMode,
                RoundingPolicy.Mode.class, RoundingPolicy.Mode.UP);
        return valid && mode != null ? new RoundingPolicy(increment, mode) : null;
    }

    /** Fills {@code levelTerms} with the valid levels and returns the valid carry-over caps (others zero). */
    private LevelMinutes parseLevels(Violations v, Currency money, RoundingPolicy rounding,
            CarryOverPolicy.Kind carryKind, Map<SupportLevel, LevelTerms> levelTerms) {
        LevelMinutes caps = LevelMinutes.ZERO;
        if (levels == null) {
            v.add("levels", "levels.required", "Contingent and rate for L1, L2 and L3 are required");
            return caps;
        }
        for (String key : levels.keySet()) {
            if (SupportLevel.fromKey(key).isEmpty()) {
                v.add("levels." + key, "level.unknown", "Unknown support level '" + key + "'", String.valueOf(key));
            }
        }
        for (SupportLevel level : SupportLevel.values()) {
            String field = "levels." + level.key();
            LevelDraft draft = levels.get(level.key());
            if (draft == null) {
                v.add(field, "level.missing", "Terms for " + level.key() + " are missing", level.key());
                continue;
            }
            boolean ok = true;
            if (draft.contingentMinutes() == null) {
                v.add(field + ".contingentMinutes", "contingent.required", "Contingent is required");
                ok = false;
            } else {
                int before = v.list().size();
                Terms.checkContingent(v, field + ".contingentMinutes", draft.contingentMinutes(), rounding);
                ok = v.list().size() == before;
            }
            if (draft.rateAmount() == null) {
                v.add(field + ".rateAmount", "rate.required", "Hourly rate is required");
                ok = false;
            } else {
                int before = v.list().size();
                Terms.checkRate(v, field + ".rateAmount", draft.rateAmount(), money);
                ok &= v.list().size() == before;
            }
            if (carryKind == CarryOverPolicy.Kind.UNUSED_UP_TO) {
                if (draft.carryOverCapMinutes() == null) {
                    v.add(field + ".carryOverCapMinutes", "carryOver.capRequired",
                            "A carry-over cap is required when unused minutes carry over");
                } else {
                    Terms.checkCap(v, field + ".carryOverCapMinutes", draft.carryOverCapMinutes(), rounding);
                    caps = caps.with(level, Minutes.of(draft.carryOverCapMinutes()));
                }
            }
            if (ok && money != null) {
                levelTerms.put(level, new LevelTerms(Minutes.of(draft.contingentMinutes()), Money.of(money, draft.rateAmount())));
            }
        }
        return caps;
    }

    private static <E extends Enum<E>> E parseEnum(Violations v, String field, String code, String raw,
            Class<E> type, E fallback) {
        if (raw == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.trim())) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        v.add(field, code, "'" + raw + "' is not one of " + names, raw);
        return null;
    }

    /** Starts a draft with every optional field unset (defaults apply). */
    public static Builder builder(long projectId) {
        return new Builder(projectId);
    }

    /** Convenience for code and tests; REST maps its body straight to the record constructor. */
    public static final class Builder {
        private final long projectId;
        private String effectiveMonth;
        private String zoneId;
        private String currency;
        private final Map<String, LevelDraft> levels = new LinkedHashMap<>();
        private Integer incrementMinutes;
        private String roundingMode;
        private List<Integer> thresholds;
        private List<String> recipients;
        private String carryOverPolicy;
        private String overagePolicy;
        private String defaultLevel;
        private final List<DecisionMaker.Raw> decisionMakers = new ArrayList<>();
        private Integer decisionThreshold;
        private Map<String, String> serviceHours;
        private String holidayCountry;
        private String holidayRegion;

        private Builder(long projectId) {
            this.projectId = projectId;
        }

        public Builder effectiveMonth(String value) {
            this.effectiveMonth = value;
            return this;
        }

        public Builder zoneId(String value) {
            this.zoneId = value;
            return this;
        }

        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        public Builder level(String key, Long contingentMinutes, String rateAmount) {
            return level(key, contingentMinutes, rateAmount, null);
        }

        public Builder level(String key, Long contingentMinutes, String rateAmount, Long carryOverCapMinutes) {
            levels.put(key, new LevelDraft(contingentMinutes, rateAmount == null ? null : new BigDecimal(rateAmount),
                    carryOverCapMinutes));
            return this;
        }

        public Builder incrementMinutes(Integer value) {
            this.incrementMinutes = value;
            return this;
        }

        public Builder roundingMode(String value) {
            this.roundingMode = value;
            return this;
        }

        public Builder thresholds(Integer... values) {
            this.thresholds = Arrays.asList(values);
            return this;
        }

        public Builder recipients(String... values) {
            this.recipients = Arrays.asList(values);
            return this;
        }

        public Builder carryOverPolicy(String value) {
            this.carryOverPolicy = value;
            return this;
        }

        public Builder overagePolicy(String value) {
            this.overagePolicy = value;
            return this;
        }

        public Builder defaultLevel(String value) {
            this.defaultLevel = value;
            return this;
        }

        public Builder decisionMaker(String name, String email, String language) {
            decisionMakers.add(new DecisionMaker.Raw(name, email, language));
            return this;
        }

        public Builder decisionThreshold(Integer value) {
            this.decisionThreshold = value;
            return this;
        }

        /** Sets one weekday's hours ({@code HH:mm-HH:mm}, null for closed); the first call starts from none. */
        public Builder serviceHours(String weekday, String range) {
            if (serviceHours == null) {
                serviceHours = new LinkedHashMap<>();
            }
            serviceHours.put(weekday, range);
            return this;
        }

        public Builder holidays(String country, String region) {
            this.holidayCountry = country;
            this.holidayRegion = region;
            return this;
        }

        public ContractDraft build() {
            return new ContractDraft(projectId, effectiveMonth, zoneId, currency, levels, incrementMinutes,
                    roundingMode, thresholds, recipients, carryOverPolicy, overagePolicy, defaultLevel,
                    decisionMakers, decisionThreshold, serviceHours, holidayCountry, holidayRegion);
        }
    }
}
