package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * A calendar month in the contract's time zone, as the half-open instant range [start, end).
 * Half-open so that consecutive months abut without overlap: the last second of March belongs to March, the first
 * instant of April to April, also across daylight-saving switches.
 * <p>
 * A month taken from a contract ({@link Contract#billingMonth}) also knows its service days (service hours and
 * public holidays of the terms in force), which the forecast counts.
 */
public final class BillingMonth implements Comparable<BillingMonth> {

    private static final Comparator<BillingMonth> ORDER = Comparator
            .comparing(BillingMonth::yearMonth)
            .thenComparing(m -> m.zone.getId());

    private final YearMonth yearMonth;
    private final ZoneId zone;
    private final ServiceDays serviceDays;

    private BillingMonth(YearMonth yearMonth, ZoneId zone) {
        this(yearMonth, zone, ServiceDays.WEEKDAYS);
    }

    private BillingMonth(YearMonth yearMonth, ZoneId zone, ServiceDays serviceDays) {
        this.yearMonth = Objects.requireNonNull(yearMonth, "yearMonth");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.serviceDays = Objects.requireNonNull(serviceDays, "serviceDays");
    }

    /**
     * The same month whose forecast counts {@code days}. The service days are what the contract's terms say about
     * the month; they are not part of its identity (equality and order ignore them).
     */
    public BillingMonth withServiceDays(ServiceDays days) {
        return new BillingMonth(yearMonth, zone, days);
    }

    /** The days of 1st-level service the forecast counts; Monday to Friday unless the contract says otherwise. */
    public ServiceDays serviceDays() {
        return serviceDays;
    }

    public static BillingMonth of(YearMonth yearMonth, ZoneId zone) {
        return new BillingMonth(yearMonth, zone);
    }

    /** The month whose range contains {@code instant}, i.e. the month of the local date in {@code zone}. */
    public static BillingMonth containing(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        return new BillingMonth(YearMonth.from(instant.atZone(zone)), zone);
    }

    public YearMonth yearMonth() {
        return yearMonth;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Inclusive start: the first instant of the first day (atStartOfDay also copes with a midnight DST gap). */
    public Instant start() {
        return yearMonth.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: the start of the next month. */
    public Instant end() {
        return next().start();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** True once {@code now} has reached the end of the month. */
    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(end());
    }

    public LocalDate firstDay() {
        return yearMonth.atDay(1);
    }

    public LocalDate lastDay() {
        return yearMonth.atEndOfMonth();
    }

    public BillingMonth next() {
        return new BillingMonth(yearMonth.plusMonths(1), zone);
    }

    public BillingMonth previous() {
        return new BillingMonth(yearMonth.minusMonths(1), zone);
    }

    @Override
    public int compareTo(BillingMonth other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BillingMonth other && yearMonth.equals(other.yearMonth) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(yearMonth, zone);
    }

    @Override
    public String toString() {
        return yearMonth + "[" + zone.getId() + "]";
    }
}
