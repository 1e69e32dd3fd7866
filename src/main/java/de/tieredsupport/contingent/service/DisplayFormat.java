package de.tieredsupport.contingent.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import de.tieredsupport.contingent.domain.Money;

/**
 * How every screen, mail and export of the plugin shows durations, money, months, dates and times to one reader:
 * the reader's locale (Jira's language setting of the user) and a time zone. Only this class turns these values
 * into text, so the report, the issue panel, the contract page, the alert mails and the exports agree.
 * <ul>
 * <li>Durations as Jira shows logged time in its short form, e.g. {@code 3h 30m}: hours and minutes with Jira's
 * unit letters, which German Jira uses too (its "Arbeit protokollieren" takes and shows {@code 1h 10m}). Hours are
 * never folded into days or weeks, since contingents and invoices count hours.</li>
 * <li>Money with the locale's separators and the currency's symbol and digits from the JDK's locale data
 * (CLDR), e.g. {@code 70,00 €} in German and {@code €70.00} in English. Formatted from the exact decimal; nothing
 * passes through floating point.</li>
 * <li>Months by name, e.g. {@code Dezember 2026} / {@code December 2026}.</li>
 * <li>Dates and times in the locale's medium style, e.g. {@code 02.12.2026, 17:56} / {@code Dec 2, 2026, 5:56 PM},
 * in the given time zone.</li>
 * </ul>
 */
public final class DisplayFormat {

    private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("(\\p{L})(\\d)");
    private static final Pattern DIGIT_THEN_LETTER = Pattern.compile("(\\d)(\\p{L})");

    private final Locale locale;
    private final ZoneId zone;

    /**
     * @param locale the reader's locale; null means English
     * @param zone the zone in which instants are shown
     */
    public DisplayFormat(Locale locale, ZoneId zone) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The same reader in another zone (e.g. the contract's once it is known). */
    public DisplayFormat inZone(ZoneId otherZone) {
        return new DisplayFormat(locale, otherZone);
    }

    /**
     * Whole minutes as Jira shows logged time: {@code 3h 30m}, {@code 8h}, {@code 25m}, {@code 0m}; negative values
     * (adjustments) with a leading minus, {@code -1h 5m}.
     */
    public String duration(long minutes) {
        long abs = Math.abs(minutes);
        long hours = abs / 60;
        long rest = abs % 60;
        String sign = minutes < 0 ? "-" : "";
        if (hours == 0) {
            return sign + rest + "m";
        }
        return sign + hours + "h" + (rest == 0 ? "" : " " + rest + "m");
    }

    /**
     * Whole minutes as {@code H:MM} (385 → {@code 6:25}): the notation the contract form's hour fields take, used
     * only to fill them.
     */
    public String inputHours(long minutes) {
        long abs = Math.abs(minutes);
        return (minutes < 0 ? "-" : "") + (abs / 60) + ":" + (abs % 60 < 10 ? "0" : "") + (abs % 60);
    }

    /** The amount with the locale's separators, the currency's symbol and its digits, e.g. {@code 1.234,50 €}. */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int digits = Money.fractionDigits(money.currency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        // CLDR's currency spacing, which the JDK's formatter leaves out: a symbol of letters and the number are
        // set apart (CHF 70.00, as browsers write it), a sign such as € stays close (€70.00)
        return LETTER_THEN_DIGIT.matcher(DIGIT_THEN_LETTER.matcher(format.format(money.amount()))
                .replaceAll("$1\u00A0$2")).replaceAll("$1\u00A0$2");
    }

    /** A decimal number with the locale's separators and exactly {@code digits} decimals, e.g. {@code 1.234,50}. */
    public String decimal(BigDecimal value, int digits) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Whether the locale writes decimals with a comma (German) rather than a point (English). */
    public boolean usesDecimalComma() {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
    }

    /** The month by name, e.g. {@code Dezember 2026}. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(month);
    }

    /** A calendar day, e.g. {@code 02.12.2026} / {@code Dec 2, 2026}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant in the zone, e.g. {@code 02.12.2026, 17:56} / {@code Dec 2, 2026, 5:56 PM}. */
    public String dateTime(Instant instant) {
        // newer JDKs write a narrow no-break space before AM/PM; the same text on every JDK
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)).replace('\u202F', ' ');
    }
}
