package de.tieredsupport.contingent.domain;

import java.util.Currency;
import java.util.Objects;

/**
 * The billable figures of a level line or a ticket line. In an adjustment the same shape holds signed
 * differences.
 *
 * @param billedMinutes in-contingent minutes, plus overage minutes when overage is billed
 */
public record Figures(long inContingentMinutes, long overageMinutes, long suspendedMinutes, long billedMinutes,
        Money amount) {

    public Figures {
        Objects.requireNonNull(amount, "amount");
    }

    public static Figures zero(Currency currency) {
        return new Figures(0, 0, 0, 0, Money.zero(currency));
    }

    /** In-contingent plus overage minutes: the usage of the line. */
    public long usedMinutes() {
        return inContingentMinutes + overageMinutes;
    }

    public Figures plus(Figures o) {
        return new Figures(inContingentMinutes + o.inContingentMinutes, overageMinutes + o.overageMinutes,
                suspendedMinutes + o.suspendedMinutes, billedMinutes + o.billedMinutes, amount.plus(o.amount));
    }

    public Figures minus(Figures o) {
        return new Figures(inContingentMinutes - o.inContingentMinutes, overageMinutes - o.overageMinutes,
                suspendedMinutes - o.suspendedMinutes, billedMinutes - o.billedMinutes, amount.minus(o.amount));
    }

    public boolean isZero() {
        return inContingentMinutes == 0 && overageMinutes == 0 && suspendedMinutes == 0 && billedMinutes == 0
                && amount.isZero();
    }
}
