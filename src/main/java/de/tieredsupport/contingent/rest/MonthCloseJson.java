package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthClose;

/** A closed month: who closed it when, its frozen amount and the adjustments of earlier months it settled. */
public record MonthCloseJson(
        @JsonProperty("month") String month,
        @JsonProperty("closedBy") String closedBy,
        @JsonProperty("closedAt") String closedAt,
        @JsonProperty("currency") String currency,
        @JsonProperty("amount") BigDecimal amount,
        @JsonProperty("settledAdjustmentMonths") List<String> settledAdjustmentMonths,
        @JsonProperty("adjustmentsAmount") BigDecimal adjustmentsAmount) {

    static MonthCloseJson of(MonthClose close) {
        Money adjustments = Money.zero(close.result().currency());
        for (Adjustment a : close.settledAdjustments()) {
            adjustments = adjustments.plus(a.totalAmount());
        }
        return new MonthCloseJson(close.month().toString(), close.closedBy(), close.closedAt().toString(),
                close.result().currency().getCurrencyCode(), close.result().totalAmount().amount(),
                close.settledAdjustments().stream().map(a -> a.closedMonth().toString()).toList(),
                adjustments.amount());
    }
}
