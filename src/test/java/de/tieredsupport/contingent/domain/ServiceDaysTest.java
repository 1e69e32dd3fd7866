package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.BERLIN;
import static de.tieredsupport.contingent.domain.TestData.seedTerms;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The forecast over service days: service hours (open weekdays) minus public holidays of the contract's calendar.
 */
public class ServiceDaysTest {

    /** June 2026 starts on a Monday: 22 weekdays (1-5, 8-12, 15-19, 22-26, 29-30); Corpus Christi is Thursday 4th. */
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    /** March 2026 starts on a Sunday: 22 weekdays and 4 Saturdays (7, 14, 21, 28). */
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** Corpus Christi (Fronleichnam) is a holiday in North Rhine-Westphalia, not in Berlin; no nationwide one in June. */
    private static final HolidayRules RULES = new FakeHolidayRules()
            .add("DE", "2026-01-01", "2026-05-01")
            .add("DE-NW", "2026-06-04")
            .add("DE-BE", "2026-03-08");

    private static Contract contract(Terms terms) {
        return TestData.contract(terms).withHolidayRules(RULES);
    }

    private static LevelStatus status(Contract contract, YearMonth month, long used, long available, String today) {
        return LevelStatus.of(SupportLevel.L1, new LevelTotals(Minutes.of(used), Minutes.of(0), Minutes.of(available)), Minutes.of(available),
                contract.billingMonth(month), LocalDate.parse(today));
    }

    private static ServiceHours mondayToSaturday() {
        Map<DayOfWeek, ServiceHours.Range> days = new EnumMap<>(ServiceHours.DEFAULT.days());
        days.put(DayOfWeek.SATURDAY, new ServiceHours.Range(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        return new ServiceHours(days);
    }

    @Test
    public void shouldCountAHolidayOnAThursdayOnlyInTheRegionThatHasIt() {
        Contract berlin = contract(seedTerms(JUNE).holidays("DE", "BE").build());
        Contract nrw = contract(seedTerms(JUNE).holidays("DE", "NW").build());

        // DE-BE: 22 service days in June; DE-NW: 22 - Thursday 4th = 21
        assertEquals(22, berlin.billingMonth(JUNE).serviceDays().count(JUNE.atDay(1), JUNE.atEndOfMonth()));
        assertEquals(21, nrw.billingMonth(JUNE).serviceDays().count(JUNE.atDay(1), JUNE.atEndOfMonth()));
        assertFalse(nrw.billingMonth(JUNE).serviceDays().isServiceDay(LocalDate.parse("2026-06-04")));
        assertTrue(berlin.billingMonth(JUNE).serviceDays().isServiceDay(LocalDate.parse("2026-06-04")));
    }

    @Test
    public void shouldForecastOverServiceDaysWithoutTheHoliday() {
        // Wednesday 10th, 210 of 480 used.
        // DE-BE: elapsed 1-5, 8-10 = 8; projected 210 x 22 / 8 = 577.5 -> 578 (HALF_UP);
        //        exhaustion k = ceil(480 x 8 / 210) = ceil(18.29) = 19th service day = Thursday 25th.
        LevelStatus berlin = status(contract(seedTerms(JUNE).holidays("DE", "BE").build()), JUNE, 210, 480,
                "2026-06-10");
        assertEquals(Minutes.of(578), berlin.projectedMonthEndMinutes());
        assertEquals(Optional.of(LocalDate.parse("2026-06-25")), berlin.projectedExhaustion());

        // DE-NW: elapsed 8 - Thursday 4th = 7; projected 210 x 21 / 7 = 630;
        //        exhaustion k = ceil(480 x 7 / 210) = 16th service day (4th skipped) = Tuesday 23rd.
        LevelStatus nrw = status(contract(seedTerms(JUNE).holidays("DE", "NW").build()), JUNE, 210, 480,
                "2026-06-10");
        assertEquals(Minutes.of(630), nrw.projectedMonthEndMinutes());
        assertEquals(Optional.of(LocalDate.parse("2026-06-23")), nrw.projectedExhaustion());
    }

    @Test
    public void shouldCountSaturdayWhenTheServiceHoursIncludeIt() {
        // Mon-Sat: 22 weekdays + 4 Saturdays = 26 service days in March.
        // Wednesday 11th: elapsed 2-7 (6, Saturday 7th included) + 9-11 (3) = 9.
        // 240 of 480 used: projected 240 x 26 / 9 = 693.33 -> 693;
        // exhaustion k = ceil(480 x 9 / 240) = 18th service day = Saturday 21st.
        Contract saturdays = contract(seedTerms(MARCH).serviceHours(mondayToSaturday()).build());
        LevelStatus s = status(saturdays, MARCH, 240, 480, "2026-03-11");
        assertEquals(26, saturdays.billingMonth(MARCH).serviceDays().count(MARCH.atDay(1), MARCH.atEndOfMonth()));
        assertEquals(Minutes.of(693), s.projectedMonthEndMinutes());
        assertEquals(Optional.of(LocalDate.parse("2026-03-21")), s.projectedExhaustion());

        // Monday to Friday (default): 8 elapsed, 240 x 22 / 8 = 660, k = 16 -> Monday 23rd
        LevelStatus weekdays = status(contract(seedTerms(MARCH).build()), MARCH, 240, 480, "2026-03-11");
        assertEquals(Minutes.of(660), weekdays.projectedMonthEndMinutes());
        assertEquals(Optional.of(LocalDate.parse("2026-03-23")), weekdays.projectedExhaustion());
    }

    @Test
    public void shouldIgnoreAHolidayOnAClosedDay() {
        // DE-BE's (made-up) holiday on Sunday 8 March changes nothing: Sundays are closed anyway.
        Contract berlin = contract(seedTerms(MARCH).holidays("DE", "BE").build());
        assertEquals(22, berlin.billingMonth(MARCH).serviceDays().count(MARCH.atDay(1), MARCH.atEndOfMonth()));
    }

    @Test
    public void shouldNotCountAHolidayTodayAsElapsed() {
        // DE-NW, today Thursday 4th (holiday): elapsed 1-3 = 3; 90 used -> 90 x 21 / 3 = 630.
        LevelStatus s = status(contract(seedTerms(JUNE).holidays("DE", "NW").build()), JUNE, 90, 480,
                "2026-06-04");
        assertEquals(Minutes.of(630), s.projectedMonthEndMinutes());
    }

    @Test
    public void shouldUseTheServiceHoursOfTheTermsInForce() {
        // March: Monday to Friday; from April Monday to Saturday (April 2026: 22 weekdays + 4 Saturdays = 26)
        YearMonth april = YearMonth.of(2026, 4);
        Contract contract = contract(seedTerms(MARCH).build())
                .withTerms(seedTerms(april).serviceHours(mondayToSaturday()).build());
        assertEquals(22, contract.billingMonth(MARCH).serviceDays().count(MARCH.atDay(1), MARCH.atEndOfMonth()));
        assertEquals(26, contract.billingMonth(april).serviceDays().count(april.atDay(1), april.atEndOfMonth()));
        // before the first terms: Monday to Friday
        YearMonth february = YearMonth.of(2026, 2);
        assertEquals(20, contract.billingMonth(february).serviceDays()
                .count(february.atDay(1), february.atEndOfMonth()));
    }

    @Test
    public void shouldIgnoreHolidaysWithoutRules() {
        // a contract that knows no holiday rules (HolidayRules.NONE) counts the open weekdays only
        Contract noRules = TestData.contract(seedTerms(JUNE).holidays("DE", "NW").build());
        assertEquals(22, noRules.billingMonth(JUNE).serviceDays().count(JUNE.atDay(1), JUNE.atEndOfMonth()));
    }

    @Test
    public void shouldKeepTheMonthsIdentityWhateverItsServiceDays() {
        BillingMonth plain = BillingMonth.of(JUNE, BERLIN);
        BillingMonth withDays = plain.withServiceDays(new ServiceDays(ServiceHours.DEFAULT,
                Set.of(LocalDate.parse("2026-06-04"))));
        assertEquals(plain, withDays);
        assertEquals(plain.hashCode(), withDays.hashCode());
        assertEquals(ServiceDays.WEEKDAYS, plain.serviceDays());
    }

    @Test
    public void shouldFindNoNthServiceDayBeyondTheMonth() {
        ServiceDays days = ServiceDays.WEEKDAYS;
        assertEquals(Optional.of(LocalDate.parse("2026-06-30")), days.nth(JUNE.atDay(1), JUNE.atEndOfMonth(), 22));
        assertEquals(Optional.empty(), days.nth(JUNE.atDay(1), JUNE.atEndOfMonth(), 23));
    }
}
