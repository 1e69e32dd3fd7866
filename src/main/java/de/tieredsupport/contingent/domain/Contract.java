package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The support contract of one Jira project: its time zone and currency (fixed for the contract's life, because
 * they decide month boundaries and the meaning of every stored amount) and its versions of terms.
 */
public final class Contract {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

    private final long projectId;
    private final ZoneId zone;
    private final Currency currency;
    private final List<Terms> versions;
    private final HolidayRules holidayRules;

    private Contract(long projectId, ZoneId zone, Currency currency, List<Terms> versions,
            HolidayRules holidayRules) {
        this.projectId = projectId;
        this.zone = zone;
        this.currency = currency;
        this.versions = versions;
        this.holidayRules = holidayRules;
    }

    /**
     * The same contract answering public holidays from {@code rules} (for {@link #billingMonth}). The rules are a
     * way of looking things up, not part of the contract: equality ignores them, and they are never stored.
     */
    public Contract withHolidayRules(HolidayRules rules) {
        return new Contract(projectId, zone, currency, versions, Objects.requireNonNull(rules, "rules"));
    }

    public HolidayRules holidayRules() {
        return holidayRules;
    }

    /**
     * @throws ValidationException if there are no versions, two versions share an effective month, or a rate is
     *         not in the contract's currency
     */
    public static Contract of(long projectId, ZoneId zone, Currency currency, List<Terms> versions) {
        Objects.requireNonNull(zone, "zone");
        Money.fractionDigits(currency);
        Objects.requireNonNull(versions, "versions");
        Violations violations = new Violations();
        if (versions.isEmpty()) {
            violations.add("versions", "contract.noTerms", "A contract needs at least one version of terms");
        }
        Set<YearMonth> months = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            Terms terms = Objects.requireNonNull(versions.get(i), "versions[" + i + "]");
            if (!months.add(terms.effectiveMonth())) {
                violations.add("versions[" + i + "].effectiveMonth", "terms.duplicateEffectiveMonth",
                        "Two versions of terms take effect in " + terms.effectiveMonth(),
                        terms.effectiveMonth().toString());
            }
            for (SupportLevel level : SupportLevel.values()) {
                Currency rateCurrency = terms.hourlyRate(level).currency();
                if (!rateCurrency.equals(currency)) {
                    violations.add("versions[" + i + "].levels." + level.key() + ".rateAmount",
                            "rate.currencyMismatch", "Rate is in " + rateCurrency.getCurrencyCode()
                                    + " but the contract is in " + currency.getCurrencyCode(),
                            currency.getCurrencyCode(), rateCurrency.getCurrencyCode());
                }
            }
        }
        violations.throwIfAny();
        List<Terms> sorted = versions.stream().sorted(Comparator.comparing(Terms::effectiveMonth)).toList();
        return new Contract(projectId, zone, currency, sorted, HolidayRules.NONE);
    }

    public long projectId() {
        return projectId;
    }

    public ZoneId zone() {
        return zone;
    }

    public Currency currency() {
        return currency;
    }

    /** All versions, oldest first. */
    public List<Terms> versions() {
        return versions;
    }

    /** The first month any terms are in force. */
    public YearMonth firstMonth() {
        return versions.get(0).effectiveMonth();
    }

    /** The latest version whose effective month is not after {@code month}; empty before the first month. */
    public Optional<Terms> termsFor(YearMonth month) {
        Terms found = null;
        for (Terms terms : versions) {
            if (!terms.effectiveMonth().isAfter(month)) {
                found = terms;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The month in the contract's zone, with the service days of the terms in force then (Monday to Friday before
     * the first terms); public holidays as the contract's {@link #holidayRules()} know them.
     */
    public BillingMonth billingMonth(YearMonth month) {
        BillingMonth billing = BillingMonth.of(month, zone);
        Optional<Terms> terms = termsFor(month);
        return terms.isEmpty() ? billing : billing.withServiceDays(terms.get().serviceDays(month, holidayRules));
    }

    /** The billing month of work started at {@code instant}: its local date in the contract's zone. */
    public YearMonth monthOf(Instant instant) {
        return BillingMonth.containing(instant, zone).yearMonth();
    }

    /** A copy with {@code terms} added, replacing a version with the same effective month. */
    public Contract withTerms(Terms terms) {
        List<Terms> next = new ArrayList<>();
        for (Terms existing : versions) {
            if (!existing.effectiveMonth().equals(terms.effectiveMonth())) {
                next.add(existing);
            }
        }
        next.add(terms);
        return of(projectId, zone, currency, next).withHolidayRules(holidayRules);
    }

    /**
     * Walks the carry-over chain from {@code startMonth} (where {@code carryAtStart} is known, e.g. from a closed
     * month's snapshot or zero at the contract's start) to {@code target} and returns the carry-in of
     * {@code target}. Each month's own policy decides what it passes on.
     *
     * @param usedMinutes used (billed, non-suspended) minutes per month and level
     * @param topUpMinutes top-up minutes per month and level
     */
    public LevelMinutes carryIn(YearMonth startMonth, LevelMinutes carryAtStart,
            YearMonth target, BiFunction<YearMonth, SupportLevel, Minutes> usedMinutes,
            BiFunction<YearMonth, SupportLevel, Minutes> topUpMinutes) {
        if (target.isBefore(startMonth)) {
            throw new IllegalArgumentException("Target " + target + " is before the chain start " + startMonth);
        }
        LevelMinutes carry = Objects.requireNonNull(carryAtStart, "carryAtStart");
        for (YearMonth month = startMonth; month.isBefore(target); month = month.plusMonths(1)) {
            Optional<Terms> terms = termsFor(month);
            if (terms.isEmpty()) {
                carry = LevelMinutes.ZERO;
                continue;
            }
            YearMonth passing = month;
            LevelMinutes in = carry;
            carry = LevelMinutes.byLevel(level -> terms.get().carryOver().carryOut(level,
                    terms.get().contingentMinutes(level).plus(topUpMinutes.apply(passing, level)), in.get(level),
                    usedMinutes.apply(passing, level)));
        }
        return carry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contract other && projectId == other.projectId && zone.equals(other.zone)
                && currency.equals(other.currency) && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, zone, currency, versions);
    }

    @Override
    public String toString() {
        return "Contract[project=" + projectId + ", zone=" + zone.getId() + ", currency=" + currency
                + ", versions=" + versions.size() + "]";
    }
}
