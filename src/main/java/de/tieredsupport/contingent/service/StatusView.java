package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A contract month's status for one caller: the hours view, plus the hourly rates of the terms in force when the
 * caller may see money (empty otherwise). {@code detailsVisible}: whether the caller may see the reasons of top-ups
 * and suspensions and who decided them ({@link AccessPolicy#canSeeDetails}); callers who may not get the hours and
 * states alone. The 1st-level service hours and the holiday calendar (null for none) of the terms in force are for
 * everyone.
 */
public record StatusView(ContractStatus status, Currency currency, boolean moneyVisible, boolean detailsVisible,
        Map<SupportLevel, Money> hourlyRates, ServiceHours serviceHours, HolidayCalendar holidays) {

    /** A view with the default service hours and no holiday calendar. */
    public StatusView(ContractStatus status, Currency currency, boolean moneyVisible, boolean detailsVisible,
            Map<SupportLevel, Money> hourlyRates) {
        this(status, currency, moneyVisible, detailsVisible, hourlyRates, ServiceHours.DEFAULT, null);
    }

    public StatusView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serviceHours, "serviceHours");
        Objects.requireNonNull(currency, "currency");
        hourlyRates = Collections.unmodifiableMap(hourlyRates.isEmpty()
                ? new EnumMap<>(SupportLevel.class) : new EnumMap<>(hourlyRates));
        if (!moneyVisible && !hourlyRates.isEmpty()) {
            throw new IllegalArgumentException("Rates in a view without money");
        }
    }

    static StatusView of(ContractStatus status, Terms terms, boolean moneyVisible, boolean detailsVisible) {
        Map<SupportLevel, Money> rates = new EnumMap<>(SupportLevel.class);
        if (moneyVisible) {
            for (SupportLevel level : SupportLevel.values()) {
                rates.put(level, terms.hourlyRate(level));
            }
        }
        return new StatusView(status, terms.currency(), moneyVisible, detailsVisible, rates, terms.serviceHours(),
                terms.holidays().orElse(null));
    }
}
