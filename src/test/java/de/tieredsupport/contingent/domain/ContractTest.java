package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.BERLIN;
import static de.tieredsupport.contingent.domain.TestData.EUR;
import static de.tieredsupport.contingent.domain.TestData.PROJECT;
import static de.tieredsupport.contingent.domain.TestData.berlin;
import static de.tieredsupport.contingent.domain.TestData.seedTerms;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ContractTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    //-----------------------------------------------------------------------
    // termsFor
    //-----------------------------------------------------------------------
    @Test
    public void shouldUseTheLatestVersionNotAfterTheMonth() {
        Terms march = seedTerms(MARCH).build();
        Terms june = seedTerms(JUNE).level(SupportLevel.L1, 600, "75").build();
        Contract contract = TestData.contract(june, march);

        assertFalse(contract.termsFor(YearMonth.of(2026, 2)).isPresent());
        assertEquals(march, contract.termsFor(MARCH).orElseThrow());
        assertEquals(march, contract.termsFor(YearMonth.of(2026, 5)).orElseThrow());
        assertEquals(june, contract.termsFor(JUNE).orElseThrow());
        assertEquals(june, contract.termsFor(YearMonth.of(2030, 1)).orElseThrow());
        assertEquals(MARCH, contract.firstMonth());
        assertEquals(List.of(march, june), contract.versions());
    }

    //-----------------------------------------------------------------------
    // of: validation
    //-----------------------------------------------------------------------
    @Test
    public void shouldRejectTwoVersionsWithTheSameEffectiveMonth() {
        try {
            TestData.contract(seedTerms(MARCH).build(), seedTerms(MARCH).level(SupportLevel.L1, 0, "0").build());
            fail();
        } catch (ValidationException e) {
            assertEquals("versions[1].effectiveMonth", e.violations().get(0).field());
            assertEquals("terms.duplicateEffectiveMonth", e.violations().get(0).code());
        }
    }

    @Test
    public void shouldRejectRatesInAnotherCurrencyAndMissingTerms() {
        try {
            Contract.of(PROJECT, BERLIN, Currency.getInstance("USD"), List.of(seedTerms(MARCH).build()));
            fail();
        } catch (ValidationException e) {
            assertEquals(3, e.violations().size());
            assertEquals("versions[0].levels.L1.rateAmount", e.violations().get(0).field());
            assertEquals("rate.currencyMismatch", e.violations().get(0).code());
        }
        try {
            Contract.of(PROJECT, BERLIN, EUR, List.of());
            fail();
        } catch (ValidationException e) {
            assertEquals("contract.noTerms", e.violations().get(0).code());
        }
    }

    @Test
    public void shouldValidateTypedTermsToo() {
        try {
            seedTerms(MARCH).level(SupportLevel.L2, 7, "80").thresholds(80, 80, 0).build();
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("levels.L2.contingentMinutes", "thresholds[1]", "thresholds[2]"),
                    e.violations().stream().map(Violation::field).toList());
        }
    }

    //-----------------------------------------------------------------------
    // monthOf
    //-----------------------------------------------------------------------
    @Test
    public void shouldDeriveTheBillingMonthInTheContractZone() {
        Contract contract = TestData.contract(seedTerms(MARCH).build());
        assertEquals(MARCH, contract.monthOf(berlin("2026-03-31T23:59:59")));
        assertEquals(YearMonth.of(2026, 4), contract.monthOf(berlin("2026-04-01T00:00:00")));
    }

    //-----------------------------------------------------------------------
    // carryIn chain
    //-----------------------------------------------------------------------
    @Test
    public void shouldCarryNothingUnderPolicyNone() {
        Contract contract = TestData.contract(seedTerms(MARCH).build());
        LevelMinutes carry = contract.carryIn(MARCH, LevelMinutes.ZERO, JUNE, (m, l) -> Minutes.ZERO, (m, l) -> Minutes.ZERO);
        assertEquals(LevelMinutes.ZERO, carry);
    }

    @Test
    public void shouldCarryUnusedOwnMinutesUpToTheCapForOneMonthOnly() {
        // caps: L1 60, L2 120, L3 0
        Contract contract = TestData.contract(seedTerms(MARCH).carryOverUpTo(60, 120, 0).build());
        Map<YearMonth, Map<SupportLevel, Long>> used = Map.of(
                MARCH, Map.of(SupportLevel.L1, 400L, SupportLevel.L2, 700L, SupportLevel.L3, 0L),
                MARCH.plusMonths(1), Map.of(SupportLevel.L1, 500L, SupportLevel.L2, 0L, SupportLevel.L3, 0L));

        // April carry-in: L1 min(60, 480-400=80)=60; L2 min(120, 20)=20; L3 cap 0
        LevelMinutes april = contract.carryIn(MARCH, LevelMinutes.ZERO, MARCH.plusMonths(1),
                (m, l) -> Minutes.of(used.get(m).get(l)), (m, l) -> Minutes.ZERO);
        assertEquals(LevelMinutes.of(60, 20, 0), april);

        // May: April L1 used 500, carry-in 60 consumed first, own used 440, unused own 40 -> 40;
        // April L2 unused: carry-in 20 is not passed on again, only the cap on own 720 -> 120
        LevelMinutes may = contract.carryIn(MARCH, LevelMinutes.ZERO, MARCH.plusMonths(2),
                (m, l) -> Minutes.of(used.get(m).get(l)), (m, l) -> Minutes.ZERO);
        assertEquals(LevelMinutes.of(40, 120, 0), may);
    }

    @Test
    public void shouldCountTopUpsAsOwnMinutesAndStartFromAKnownCarry() {
        Contract contract = TestData.contract(seedTerms(MARCH).carryOverUpTo(600, 600, 600).build());
        LevelMinutes start = LevelMinutes.of(30, 0, 0);
        // April: L1 480 own + 60 top-up, carry-in 30, used 500 -> own used 470 -> unused own 70
        LevelMinutes may = contract.carryIn(YearMonth.of(2026, 4), start, YearMonth.of(2026, 5),
                (m, l) -> Minutes.of(l == SupportLevel.L1 ? 500L : 720L),
                (m, l) -> Minutes.of(l == SupportLevel.L1 ? 60L : 0L));
        assertEquals(Minutes.of(70L), may.get(SupportLevel.L1));
        assertEquals(Minutes.of(0L), may.get(SupportLevel.L2));
        // the chain's start month returns the known carry itself
        assertEquals(LevelMinutes.of(30, 0, 0),
                contract.carryIn(YearMonth.of(2026, 4), start, YearMonth.of(2026, 4), (m, l) -> Minutes.ZERO, (m, l) -> Minutes.ZERO));
    }

    @Test
    public void shouldFollowEachMonthsOwnPolicy() {
        // carry-over only from May on: April passes nothing, May passes its unused minutes
        Contract contract = TestData.contract(seedTerms(MARCH).build(),
                seedTerms(YearMonth.of(2026, 5)).carryOverUpTo(60, 60, 60).build());
        LevelMinutes may = contract.carryIn(MARCH, LevelMinutes.ZERO, YearMonth.of(2026, 5),
                (m, l) -> Minutes.ZERO, (m, l) -> Minutes.ZERO);
        LevelMinutes june = contract.carryIn(MARCH, LevelMinutes.ZERO, JUNE, (m, l) -> Minutes.ZERO, (m, l) -> Minutes.ZERO);
        assertEquals(Minutes.of(0L), may.get(SupportLevel.L1));
        assertEquals(Minutes.of(60L), june.get(SupportLevel.L1));
    }

    //-----------------------------------------------------------------------
    // CarryOverPolicy.carryOut table
    //-----------------------------------------------------------------------
    @Test
    public void shouldComputeCarryOutAtItsBoundaries() {
        CarryOverPolicy cap60 = CarryOverPolicy.unusedUpTo(LevelMinutes.of(60, 60, 60));
        long[][] table = {
                // own, carryIn, used, expected
                {480, 0, 0, 60},
                {480, 0, 420, 60},
                {480, 0, 425, 55},
                {480, 0, 480, 0},
                {480, 0, 600, 0},
                {480, 60, 60, 60},   // carry-in consumed first, own untouched
                {480, 60, 500, 40},  // own used 440
                {480, 60, 540, 0},
                {0, 60, 0, 0},       // carried minutes never carry twice
                {0, 0, 0, 0},
        };
        for (long[] row : table) {
            assertEquals(java.util.Arrays.toString(row), Minutes.of(row[3]),
                    cap60.carryOut(SupportLevel.L1, Minutes.of(row[0]), Minutes.of(row[1]), Minutes.of(row[2])));
            assertEquals(Minutes.ZERO, CarryOverPolicy.NONE.carryOut(SupportLevel.L1, Minutes.of(row[0]), Minutes.of(row[1]),
                    Minutes.of(row[2])));
        }
    }

    @Test
    public void shouldHaveZeroCapsWithoutCarryOver() {
        assertEquals(LevelMinutes.ZERO, CarryOverPolicy.NONE.capMinutes());
        assertEquals(CarryOverPolicy.NONE, new CarryOverPolicy(CarryOverPolicy.Kind.NONE, LevelMinutes.of(60, 0, 0)));
        assertEquals(Minutes.ZERO, CarryOverPolicy.NONE.carryOut(SupportLevel.L1, Minutes.of(480), Minutes.ZERO, Minutes.ZERO));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectANegativeCap() {
        CarryOverPolicy.unusedUpTo(LevelMinutes.of(60, -1, 60));
    }
}
