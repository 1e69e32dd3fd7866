package de.tieredsupport.contingent.jira.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import de.tieredsupport.contingent.domain.Money;

/**
 * How the report prints hours, money and months for one locale. Money is formatted from its exact decimal with
 * the currency's own number of digits; nothing passes through floating point.
 */
public final class ReportFormat {

    private final Locale locale;

    public ReportFormat(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Minutes as {@code H:MM}, e.g. 385 → {@code 6:25}; negative values (adjustments) keep their sign. */
    public String hours(long minutes) {
        long abs = Math.abs(minutes);
        return (minutes < 0 ? "-" : "") + (abs / 60) + ":" + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    /** The amount with grouping and the currency's digits, then the currency code, e.g. {@code 1,234.56 EUR}. */
    public String money(Money money) {
        int digits = Money.fractionDigits(money.currency());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale));
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    /** The amount alone, for the Excel view and CSV-like cells: plain, dot or comma per locale, no grouping. */
    public String plainAmount(Money money) {
        String plain = money.amount().toPlainString();
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? plain.replace('.', ',') : plain;
    }

    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }
}
