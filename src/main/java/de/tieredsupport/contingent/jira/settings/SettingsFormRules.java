package de.tieredsupport.contingent.jira.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.service.InputLimits;

/**
 * What the terms form checks before it sends anything, in the reader's notation: the decimal separator people type
 * in their language, the currency's number of decimals, and the upper bounds of the REST API
 * ({@link InputLimits}) written in the unit of the field (hours, not minutes) and in the reader's number format.
 *
 * @param decimalSeparator "." or "," — the form accepts both, shows this one
 * @param rateExample an hourly rate as the reader would type it, e.g. {@code 70,00}
 * @param maxMinutes the largest contingent, cap or top-up, in minutes (what the form compares)
 * @param maxHoursText the same bound in hours as the reader reads numbers, e.g. {@code 100.000}
 * @param maxRate the largest hourly rate as a plain decimal (what the form compares)
 * @param maxRateText the same bound as the reader reads amounts, e.g. {@code 1.000.000,00}
 */
public record SettingsFormRules(String decimalSeparator, int currencyDigits, String rateExample, long maxMinutes,
        String maxHoursText, String maxRate, String maxRateText, int maxIncrement, int maxThresholds,
        int maxRecipients) {

    static SettingsFormRules of(Locale locale, Currency currency) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        int digits = Money.fractionDigits(currency);
        DecimalFormat grouped = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        DecimalFormat whole = new DecimalFormat("#,##0", symbols);
        return new SettingsFormRules(String.valueOf(symbols.getDecimalSeparator()), digits,
                typed(BigDecimal.valueOf(70), digits, symbols.getDecimalSeparator()), InputLimits.MAX_MINUTES,
                whole.format(InputLimits.MAX_HOURS), InputLimits.MAX_RATE.toPlainString(),
                grouped.format(InputLimits.MAX_RATE),
                RoundingPolicy.MAX_INCREMENT_MINUTES, InputLimits.MAX_THRESHOLDS, InputLimits.MAX_RECIPIENTS);
    }

    /** An amount as the form shows it in an input: the currency's decimals, the reader's separator, no grouping. */
    static String typed(BigDecimal amount, int digits, char decimalSeparator) {
        String plain = amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}
