package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.BERLIN;
import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ContractStatusTest {

    private static final YearMonth APRIL_2026 = YearMonth.of(2026, 4);
    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);

    private static ContractStatus statusOf(YearMonth month, ServiceDays days) {
        return new ContractStatus(TestData.PROJECT, BillingMonth.of(month, BERLIN).withServiceDays(days), false,
                List.of(), List.of(), List.of(), List.of(), List.of(80, 100));
    }

    @Test
    public void theForecastStartsTheDayAfterTheMonthsThirdServiceDay() {
        assertEquals(3, ContractStatus.FORECAST_AFTER_SERVICE_DAYS);
        // Wed 1, Thu 2, Fri 3 April
        assertEquals(Optional.of(LocalDate.of(2026, 4, 4)),
                statusOf(APRIL_2026, ServiceDays.WEEKDAYS).forecastFrom());
        // August 2026 starts on a Saturday: Mon 3, Tue 4, Wed 5
        assertEquals(Optional.of(LocalDate.of(2026, 8, 6)),
                statusOf(YearMonth.of(2026, 8), ServiceDays.WEEKDAYS).forecastFrom());
    }

    @Test
    public void publicHolidaysAreNoServiceDaysOfTheForecast() {
        // Wed 1, Thu 2, Good Friday and Easter Monday off, Tue 7: from the 8th
        ServiceDays easter = new ServiceDays(ServiceHours.DEFAULT, Set.of(GOOD_FRIDAY, EASTER_MONDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 8)), statusOf(APRIL_2026, easter).forecastFrom());
    }

    @Test
    public void aMonthWithFewerThanThreeServiceDaysNeverForecasts() {
        // service only on Mondays; April 2026 has four, two of them holidays in this calendar
        ServiceHours mondays = new ServiceHours(Map.of(DayOfWeek.MONDAY,
                new ServiceHours.Range(LocalTime.of(9, 0), LocalTime.of(12, 0))));
        ServiceDays twoMondays = new ServiceDays(mondays, Set.of(EASTER_MONDAY, LocalDate.of(2026, 4, 13)));
        assertEquals(Optional.empty(), statusOf(APRIL_2026, twoMondays).forecastFrom());
        // the third service day on the month's last day: shown from the next month's first, i.e. never
        ServiceDays threeMondays = new ServiceDays(mondays, Set.of(EASTER_MONDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 28)), statusOf(APRIL_2026, threeMondays).forecastFrom());
    }
}
