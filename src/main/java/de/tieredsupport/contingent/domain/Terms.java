package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of a contract's terms, in force from {@link #effectiveMonth()} until the next version. A change of
 * terms is a new version, so past months are never re-priced.
 * <p>
 * The static {@code check…} methods hold each rule once; {@link ContractDraft} applies them to raw input and this
 * record applies them again to typed values, so no path can build invalid terms.
 *
 * @param serviceHours the 1st-level service hours (null: {@link ServiceHours#DEFAULT}, Monday to Friday 10-16)
 * @param holidayCalendar the public holidays observed, or null for none
 */
public record Terms(
        YearMonth effectiveMonth,
        Map<SupportLevel, LevelTerms> levels,
        RoundingPolicy rounding,
        List<Integer> thresholds,
        List<String> recipients,
        CarryOverPolicy carryOver,
        OveragePolicy overage,
        SupportLevel defaultLevel,
        List<DecisionMaker> decisionMakers,
        Integer decisionThreshold,
        ServiceHours serviceHours,
        HolidayCalendar holidayCalendar) {

    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);

    /**
     * Address check: an unquoted local part of RFC 5322 "atext" characters (letters and digits of any script allowed,
     * as RFC 6531 does) in dot-separated runs, and a domain of at least two letter/digit/hyphen labels. Quoted local
     * parts, comments and angle brackets are refused: they are never needed for an alert recipient, and markup,
     * quotes or control characters in a stored address must not reach mail headers or pages.
     */
    private static final String ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "^" + ATEXT + "(?:\\." + ATEXT + ")*@" + LABEL + "(?:\\." + LABEL + ")+$");
    private static final int MAX_EMAIL_LENGTH = 254;

    public Terms {
        Objects.requireNonNull(effectiveMonth, "effectiveMonth");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(carryOver, "carryOver");
        Objects.requireNonNull(overage, "overage");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        Objects.requireNonNull(decisionMakers, "decisionMakers");
        serviceHours = serviceHours == null ? ServiceHours.DEFAULT : serviceHours;

        Violations violations = new Violations();
        Currency currency = null;
        for (SupportLevel level : SupportLevel.values()) {
            LevelTerms terms = levels.get(level);
            String field = "levels." + level.key();
            if (terms == null) {
                violations.add(field, "level.missing", "Terms for " + level.key() + " are missing", level.key());
                continue;
            }
            checkContingent(violations, field + ".contingentMinutes", terms.contingentMinutes().toLong(), rounding);
            if (currency == null) {
                currency = terms.hourlyRate().currency();
            } else if (!currency.equals(terms.hourlyRate().currency())) {
                violations.add(field + ".rateAmount", "rate.currencyMismatch",
                        "All rates must be in one currency", currency.getCurrencyCode(),
                        terms.hourlyRate().currency().getCurrencyCode());
            }
            if (carryOver.kind() == CarryOverPolicy.Kind.UNUSED_UP_TO) {
                checkCap(violations, field + ".carryOverCapMinutes", carryOver.capFor(level).toLong(), rounding);
            }
        }
        checkThresholds(violations, thresholds);
        checkRecipients(violations, recipients);
        DecisionMaker.checkAll(violations, decisionMakers);
        checkDecisionThreshold(violations, thresholds, decisionThreshold);
        violations.throwIfAny();

        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        thresholds = thresholds.stream().sorted().toList();
        recipients = List.copyOf(recipients);
        decisionMakers = List.copyOf(decisionMakers);
    }

    /** Terms without decision makers and with the default decision threshold. */
    public Terms(YearMonth effectiveMonth, Map<SupportLevel, LevelTerms> levels, RoundingPolicy rounding,
            List<Integer> thresholds, List<String> recipients, CarryOverPolicy carryOver, OveragePolicy overage,
            SupportLevel defaultLevel) {
        this(effectiveMonth, levels, rounding, thresholds, recipients, carryOver, overage, defaultLevel, List.of(),
                null);
    }

    /** Terms with the default service hours and no holiday calendar. */
    public Terms(YearMonth effectiveMonth, Map<SupportLevel, LevelTerms> levels, RoundingPolicy rounding,
            List<Integer> thresholds, List<String> recipients, CarryOverPolicy carryOver, OveragePolicy overage,
            SupportLevel defaultLevel, List<DecisionMaker> decisionMakers, Integer decisionThreshold) {
        this(effectiveMonth, levels, rounding, thresholds, recipients, carryOver, overage, defaultLevel,
                decisionMakers, decisionThreshold, ServiceHours.DEFAULT, null);
    }

    public Optional<HolidayCalendar> holidays() {
        return Optional.ofNullable(holidayCalendar);
    }

    /**
     * The service days of {@code month} under these terms: open weekdays of the service hours, without the public
     * holidays {@code rules} know for the holiday calendar.
     */
    public ServiceDays serviceDays(YearMonth month, HolidayRules rules) {
        return new ServiceDays(serviceHours, holidayCalendar == null ? Set.of()
                : rules.holidays(holidayCalendar, month));
    }

    /**
     * The percentage of a level's available minutes at which the decision makers are asked to decide: the one set,
     * or else the highest alert threshold below 100 % (80 % with the default thresholds); empty when there is none.
     */
    public Optional<Integer> decisionThresholdPercent() {
        if (decisionThreshold != null) {
            return Optional.of(decisionThreshold);
        }
        return thresholds.stream().filter(t -> t != null && t < 100).max(Integer::compare);
    }

    public LevelTerms level(SupportLevel level) {
        return levels.get(level);
    }

    public Minutes contingentMinutes(SupportLevel level) {
        return levels.get(level).contingentMinutes();
    }

    public Money hourlyRate(SupportLevel level) {
        return levels.get(level).hourlyRate();
    }

    public Currency currency() {
        return levels.get(SupportLevel.L1).hourlyRate().currency();
    }

    // ----------------------------------------------------------------- rules, shared with ContractDraft

    static void checkContingent(Violations v, String field, long minutes, RoundingPolicy rounding) {
        if (minutes < 0) {
            v.add(field, "contingent.negative", "Contingent must not be negative", minutes);
        } else if (rounding != null && !rounding.isMultipleOfIncrement(minutes)) {
            v.add(field, "contingent.notMultipleOfIncrement",
                    "Contingent of " + minutes + " minutes is not a multiple of the " + rounding.incrementMinutes()
                            + "-minute increment", minutes, rounding.incrementMinutes());
        }
    }

    static void checkRate(Violations v, String field, BigDecimal amount, Currency currency) {
        if (amount.signum() < 0) {
            v.add(field, "rate.negative", "Hourly rate must not be negative", amount.toPlainString());
        } else if (currency != null && currency.getDefaultFractionDigits() >= 0 && !Money.fits(currency, amount)) {
            v.add(field, "rate.tooManyDecimals", "Hourly rate " + amount.toPlainString() + " has more than "
                    + currency.getDefaultFractionDigits() + " decimals allowed for " + currency.getCurrencyCode(),
                    amount.toPlainString(), currency.getDefaultFractionDigits());
        }
    }

    static void checkCap(Violations v, String field, long minutes, RoundingPolicy rounding) {
        if (minutes < 0) {
            v.add(field, "carryOver.capNegative", "Carry-over cap must not be negative", minutes);
        } else if (rounding != null && !rounding.isMultipleOfIncrement(minutes)) {
            v.add(field, "carryOver.capNotMultipleOfIncrement",
                    "Carry-over cap of " + minutes + " minutes is not a multiple of the "
                            + rounding.incrementMinutes() + "-minute increment", minutes, rounding.incrementMinutes());
        }
    }

    static void checkThresholds(Violations v, List<Integer> thresholds) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < thresholds.size(); i++) {
            Integer t = thresholds.get(i);
            String field = "thresholds[" + i + "]";
            if (t == null) {
                v.add(field, "threshold.required", "Threshold must not be empty");
            } else if (t <= 0 || t > 100) {
                v.add(field, "threshold.outOfRange", "Threshold " + t + " % is outside (0, 100]", t);
            } else if (!seen.add(t)) {
                v.add(field, "threshold.duplicate", "Threshold " + t + " % is given twice", t);
            }
        }
    }

    /** The decision threshold, if set, is one of the alert thresholds: the decision request goes out with it. */
    static void checkDecisionThreshold(Violations v, List<Integer> thresholds, Integer decisionThreshold) {
        if (decisionThreshold != null && !thresholds.contains(decisionThreshold)) {
            v.add("decisionThreshold", "decision.thresholdNotAlert", "The decision threshold " + decisionThreshold
                    + " % is not one of the alert thresholds " + thresholds, decisionThreshold,
                    String.valueOf(thresholds));
        }
    }

    /** Whether the text is an address the alert recipients' rule accepts. */
    static boolean isEmailAddress(String address) {
        return address != null && address.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(address).matches();
    }

    static void checkRecipients(Violations v, List<String> recipients) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String address = recipients.get(i);
            String field = "recipients[" + i + "]";
            if (address == null || address.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(address).matches()) {
                v.add(field, "recipient.invalidEmail", "'" + address + "' is not a valid e-mail address",
                        String.valueOf(address));
            } else if (seen.stream().anyMatch(address::equalsIgnoreCase)) {
                v.add(field, "recipient.duplicate", "Recipient " + address + " is given twice", address);
            } else {
                seen.add(address);
            }
        }
    }
}
