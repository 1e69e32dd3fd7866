package de.tieredsupport.contingent.service;

import java.math.BigDecimal;

/**
 * Upper bounds of typed numbers, shared by the REST API (which refuses larger values) and the contract settings
 * form (which checks them before sending, and names them in the unit the user typed). The domain has no upper
 * bounds; these keep sums far from overflow and refuse obvious typing slips.
 */
public final class InputLimits {

    /** Contingents, carry-over caps and top-ups: at most 100,000 hours a month. */
    public static final long MAX_HOURS = 100_000L;
    public static final long MAX_MINUTES = MAX_HOURS * 60;
    /** Hourly rates, in the contract's currency. */
    public static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000L);
    /** Decimals a rate may have before the currency's own digits are checked. */
    public static final int MAX_RATE_SCALE = 10;
    public static final int MAX_THRESHOLDS = 10;
    public static final int MAX_RECIPIENTS = 50;

    private InputLimits() {
    }
}
