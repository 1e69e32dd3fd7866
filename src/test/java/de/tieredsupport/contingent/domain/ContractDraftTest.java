package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class ContractDraftTest {

    private static final long PROJECT = 10_000L;

    private static ContractDraft.Builder seed() {
        return ContractDraft.builder(PROJECT)
                .effectiveMonth("2026-03")
                .level("L1", 480L, "70")
                .level("L2", 720L, "80.00")
                .level("L3", 720L, "90");
    }

    private static List<Violation> violations(ContractDraft draft) {
        return violations(draft, Optional.empty(), Optional.empty());
    }

    private static List<Violation> violations(ContractDraft draft, Optional<Contract> existing,
            Optional<YearMonth> closed) {
        try {
            draft.applyTo(existing, closed);
            fail("expected violations");
            return null;
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    /** "field code" per violation, in order. */
    private static List<String> fieldsAndCodes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.code()).collect(Collectors.toList());
    }

    //-----------------------------------------------------------------------
    // defaults
    //-----------------------------------------------------------------------
    @Test
    public void shouldApplyTheDocumentedDefaults() {
        Contract contract = seed().build().applyTo(Optional.empty(), Optional.empty());
        Terms terms = contract.termsFor(YearMonth.of(2026, 3)).orElseThrow();

        assertEquals(PROJECT, contract.projectId());
        assertEquals("Europe/Berlin", contract.zone().getId());
        assertEquals("EUR", contract.currency().getCurrencyCode());
        assertEquals(RoundingPolicy.DEFAULT, terms.rounding());
        assertEquals(List.of(80, 100), terms.thresholds());
        assertEquals(List.of(), terms.recipients());
        assertEquals(CarryOverPolicy.NONE, terms.carryOver());
        assertEquals(OveragePolicy.NOT_BILLED, terms.overage());
        assertEquals(SupportLevel.L1, terms.defaultLevel());
        assertEquals(Minutes.of(480), terms.contingentMinutes(SupportLevel.L1));
        assertEquals(TestData.eur("80.00"), terms.hourlyRate(SupportLevel.L2));
    }

    @Test
    public void shouldAcceptEveryOptionSpelledOut() {
        Contract contract = seed().zoneId("America/New_York").currency("usd").incrementMinutes(15)
                .roundingMode("NEAREST").thresholds(100, 50, 75).recipients("a@b.example", "c@d.example")
                .carryOverPolicy("UNUSED_UP_TO").overagePolicy("BILLED_AT_RATE").defaultLevel("L2")
                .level("L1", 480L, "70", 120L).level("L2", 720L, "80", 60L).level("L3", 720L, "90", 0L)
                .build().applyTo(Optional.empty(), Optional.empty());
        Terms terms = contract.versions().get(0);

        assertEquals("USD", contract.currency().getCurrencyCode());
        assertEquals(new RoundingPolicy(15, RoundingPolicy.Mode.NEAREST), terms.rounding());
        assertEquals("sorted", List.of(50, 75, 100), terms.thresholds());
        assertEquals(Minutes.of(120), terms.carryOver().capFor(SupportLevel.L1));
        assertEquals(Minutes.of(0), terms.carryOver().capFor(SupportLevel.L3));
        assertEquals(OveragePolicy.BILLED_AT_RATE, terms.overage());
        assertEquals(SupportLevel.L2, terms.defaultLevel());
    }

    //-----------------------------------------------------------------------
    // violations: every problem at once, with field, code, arguments
    //-----------------------------------------------------------------------
    @Test
    public void shouldCollectAllProblemsAtOnce() {
        ContractDraft draft = ContractDraft.builder(PROJECT)
                .effectiveMonth("2026-13")
                .zoneId("Mars/Olympus_Mons")
                .level("L1", -5L, "70")
                .level("L2", 721L, "80.001")
                .level("L4", 60L, "10")
                .thresholds(80, 0, 101, 80)
                .recipients("ops@customer.example", "not-an-address")
                .defaultLevel("L9")
                .build();

        assertEquals(List.of(
                "effectiveMonth month.invalid",
                "zoneId zone.unknown",
                "defaultLevel level.unknown",
                "levels.L4 level.unknown",
                "levels.L1.contingentMinutes contingent.negative",
                "levels.L2.contingentMinutes contingent.notMultipleOfIncrement",
                "levels.L2.rateAmount rate.tooManyDecimals",
                "levels.L3 level.missing",
                "thresholds[1] threshold.outOfRange",
                "thresholds[2] threshold.outOfRange",
                "thresholds[3] threshold.duplicate",
                "recipients[1] recipient.invalidEmail"), fieldsAndCodes(violations(draft)));
    }

    @Test
    public void shouldCarryArgumentsAndAnEnglishMessage() {
        Violation v = violations(seed().level("L2", 721L, "80").build()).get(0);
        assertEquals("levels.L2.contingentMinutes", v.field());
        assertEquals("contingent.notMultipleOfIncrement", v.code());
        assertEquals(List.of(721L, 5), v.arguments());
        assertEquals("Contingent of 721 minutes is not a multiple of the 5-minute increment", v.message());
    }

    @Test
    public void shouldCheckContingentsAgainstTheGivenIncrement() {
        assertEquals(List.of("levels.L1.contingentMinutes contingent.notMultipleOfIncrement",
                        "levels.L2.contingentMinutes contingent.notMultipleOfIncrement"),
                fieldsAndCodes(violations(seed().incrementMinutes(15).level("L1", 485L, "70")
                        .level("L2", 730L, "80").build())));
        // zero is a valid contingent
        seed().level("L3", 0L, "90").build().applyTo(Optional.empty(), Optional.empty());
    }

    @Test
    public void shouldRejectRatesBeyondTheCurrencyScaleAndNegativeRates() {
        assertEquals(List.of("levels.L1.rateAmount rate.negative", "levels.L2.rateAmount rate.tooManyDecimals"),
                fieldsAndCodes(violations(seed().level("L1", 480L, "-1").level("L2", 720L, "80.005").build())));
        assertEquals(List.of("levels.L1.rateAmount rate.tooManyDecimals"),
                fieldsAndCodes(violations(seed().currency("JPY").level("L1", 480L, "70.5").build())));
        // trailing zeros are not extra decimals
        seed().level("L1", 480L, "70.0000").build().applyTo(Optional.empty(), Optional.empty());
    }

    @Test
    public void shouldRequireContingentAndRate() {
        assertEquals(List.of("levels.L1.contingentMinutes contingent.required", "levels.L1.rateAmount rate.required"),
                fieldsAndCodes(violations(seed().level("L1", null, null).build())));
        assertEquals(List.of("levels levels.required"), fieldsAndCodes(violations(
                new ContractDraft(PROJECT, "2026-03", null, null, null, null, null, null, null, null, null, null))));
        assertEquals(List.of("effectiveMonth month.required"),
                fieldsAndCodes(violations(seed().effectiveMonth(null).build())));
    }

    @Test
    public void shouldRejectUnknownEnumsAndBadIncrements() {
        assertEquals(List.of("rounding.incrementMinutes rounding.incrementOutOfRange", "rounding.mode rounding.modeUnknown",
                        "carryOver.policy carryOver.policyUnknown", "overagePolicy overage.policyUnknown"),
                fieldsAndCodes(violations(seed().incrementMinutes(0).roundingMode("CEILING")
                        .carryOverPolicy("ALWAYS").overagePolicy("FREE").build())));
    }

    @Test
    public void shouldRejectUnknownOrUnsupportedCurrencies() {
        assertEquals(List.of("currency currency.unknown"), fieldsAndCodes(violations(seed().currency("EURO").build())));
        assertEquals(List.of("currency currency.unsupported"),
                fieldsAndCodes(violations(seed().currency("XXX").build())));
    }

    @Test
    public void shouldRequireCapsOnlyWhenCarryingOver() {
        assertEquals(List.of("levels.L1.carryOverCapMinutes carryOver.capRequired",
                        "levels.L2.carryOverCapMinutes carryOver.capNotMultipleOfIncrement",
                        "levels.L3.carryOverCapMinutes carryOver.capNegative"),
                fieldsAndCodes(violations(seed().carryOverPolicy("UNUSED_UP_TO")
                        .level("L2", 720L, "80", 61L).level("L3", 720L, "90", -5L).build())));
    }

    @Test
    public void shouldRejectDuplicateRecipientsIgnoringCase() {
        assertEquals(List.of("recipients[1] recipient.duplicate", "recipients[2] recipient.invalidEmail",
                        "recipients[3] recipient.invalidEmail", "recipients[4] recipient.invalidEmail"),
                fieldsAndCodes(violations(seed().recipients("a@b.example", "A@B.example", "a b@c.example",
                        "a@localhost", null).build())));
    }

    @Test
    public void shouldRejectRecipientsWithMarkupQuotesOrControlCharacters() {
        String[] hostile = {"<script>alert(1)</script>@x.example", "javascript:alert(1)@x.example",
            "'';!--\"<XSS>=&{()}@x.example", "a@b.example>", "a\u0000b@x.example", "a@b.example\u0000",
            "\u0007bell@x.example", "\"quoted\"@x.example", "a..b@x.example", ".a@x.example", "a@-b.example",
            "a@b..example", "a@b.example\r\nBcc: c@d.example", "a@b_c.example"};
        for (String address : hostile) {
            assertEquals(address, List.of("recipients[0] recipient.invalidEmail"),
                    fieldsAndCodes(violations(seed().recipients(address).build())));
        }
        Contract accepted = seed().recipients("o'brien+billing@customer.example", "it-leitung@b\u00e4ckerei.example",
                "first.last@sub.customer-site.example").build().applyTo(Optional.empty(), Optional.empty());
        assertEquals(3, accepted.versions().get(0).recipients().size());
    }

    //-----------------------------------------------------------------------
    // versions, closed months, fixed zone and currency
    //-----------------------------------------------------------------------
    @Test
    public void shouldAddAVersionAndReplaceTheSameEffectiveMonth() {
        Contract v1 = seed().build().applyTo(Optional.empty(), Optional.empty());
        Contract v2 = seed().effectiveMonth("2026-05").level("L1", 600L, "75").build()
                .applyTo(Optional.of(v1), Optional.empty());
        Contract v2b = seed().effectiveMonth("2026-05").level("L1", 660L, "75").build()
                .applyTo(Optional.of(v2), Optional.empty());

        assertEquals(2, v2.versions().size());
        assertEquals(2, v2b.versions().size());
        assertEquals(Minutes.of(660),
                v2b.termsFor(YearMonth.of(2026, 6)).orElseThrow().contingentMinutes(SupportLevel.L1));
        assertEquals(Minutes.of(480),
                v2b.termsFor(YearMonth.of(2026, 4)).orElseThrow().contingentMinutes(SupportLevel.L1));
    }

    @Test
    public void shouldRejectTermsTakingEffectInOrBeforeTheLatestClosedMonth() {
        Contract v1 = seed().build().applyTo(Optional.empty(), Optional.empty());
        for (String month : new String[] {"2026-03", "2026-04"}) {
            Violation v = violations(seed().effectiveMonth(month).build(), Optional.of(v1),
                    Optional.of(YearMonth.of(2026, 4))).get(0);
            assertEquals("effectiveMonth", v.field());
            assertEquals("terms.effectiveMonthClosed", v.code());
            assertEquals(List.of(month, "2026-04"), v.arguments());
        }
        seed().effectiveMonth("2026-05").build().applyTo(Optional.of(v1), Optional.of(YearMonth.of(2026, 4)));
    }

    @Test
    public void shouldKeepZoneAndCurrencyOfAnExistingContract() {
        Contract v1 = seed().build().applyTo(Optional.empty(), Optional.empty());
        assertEquals(List.of("zoneId contract.zoneFixed", "currency contract.currencyFixed"),
                fieldsAndCodes(violations(seed().effectiveMonth("2026-05").zoneId("UTC").currency("USD").build(),
                        Optional.of(v1), Optional.empty())));
        // unset means "keep"
        Contract v2 = seed().effectiveMonth("2026-05").build().applyTo(Optional.of(v1), Optional.empty());
        assertEquals(v1.zone(), v2.zone());
    }

    @Test
    public void shouldNotLetTheCallerChangeTheDraftAfterwards() {
        Map<String, ContractDraft.LevelDraft> levels = new java.util.HashMap<>();
        levels.put("L1", new ContractDraft.LevelDraft(480L, new BigDecimal("70"), null));
        ContractDraft draft = new ContractDraft(PROJECT, "2026-03", null, null, levels, null, null, null, null, null,
                null, null);
        levels.clear();
        assertTrue(draft.levels().containsKey("L1"));
    }

    //-----------------------------------------------------------------------
    // service hours and holidays
    //-----------------------------------------------------------------------
    private static final HolidayRules RULES = new FakeHolidayRules().add("DE", "2026-01-01").add("DE-NW", "2026-06-04");

    @Test
    public void shouldDefaultToWeekdayHoursAndNoHolidays() {
        Terms terms = seed().build().applyTo(Optional.empty(), Optional.empty(), RULES)
                .termsFor(YearMonth.of(2026, 3)).orElseThrow();
        assertEquals(ServiceHours.DEFAULT, terms.serviceHours());
        assertEquals(Optional.empty(), terms.holidays());
    }

    @Test
    public void shouldTakeServiceHoursAndHolidaysAndAnswerHolidaysFromTheRules() {
        Contract contract = seed().effectiveMonth("2026-06").serviceHours("MONDAY", "08:00-18:00")
                .serviceHours("SATURDAY", "09:00-12:00").holidays("de", "nw").build()
                .applyTo(Optional.empty(), Optional.empty(), RULES);
        Terms terms = contract.termsFor(YearMonth.of(2026, 6)).orElseThrow();
        assertEquals("MONDAY=08:00-18:00;SATURDAY=09:00-12:00", terms.serviceHours().encode());
        assertEquals(Optional.of(new HolidayCalendar("DE", "NW")), terms.holidays());
        // June 2026: 5 Mondays (1, 8, 15, 22, 29) + 4 Saturdays (6, 13, 20, 27); Thursday 4th is closed anyway
        assertEquals(9, contract.billingMonth(YearMonth.of(2026, 6)).serviceDays()
                .count(java.time.LocalDate.parse("2026-06-01"), java.time.LocalDate.parse("2026-06-30")));
        // a later version added to the contract keeps answering holidays from the rules
        Contract next = seed().effectiveMonth("2026-07").holidays("DE", "NW").build()
                .applyTo(Optional.of(contract), Optional.empty());
        assertEquals(Set.of(java.time.LocalDate.parse("2026-06-04")),
                next.billingMonth(YearMonth.of(2026, 6)).serviceDays().holidays());
    }

    @Test
    public void shouldReportServiceHourAndHolidayProblemsWithTheOthers() {
        ContractDraft draft = seed().incrementMinutes(0).serviceHours("MONDAY", "16:00-10:00")
                .holidays("DE", "XY").build();
        List<String> problems;
        try {
            draft.applyTo(Optional.empty(), Optional.empty(), RULES);
            fail("expected violations");
            return;
        } catch (ValidationException e) {
            problems = fieldsAndCodes(e.violations());
        }
        assertTrue(problems.toString(), problems.contains("rounding.incrementMinutes rounding.incrementOutOfRange"));
        assertTrue(problems.toString(), problems.contains("serviceHours.MONDAY serviceHours.rangeEmpty"));
        assertTrue(problems.toString(), problems.contains("holidays.region holidays.regionUnknown"));
    }

    @Test
    public void shouldRefuseAnyHolidayCalendarWithoutRules() {
        assertEquals(List.of("holidays.country holidays.countryUnknown"),
                fieldsAndCodes(violations(seed().holidays("DE", null).build())));
    }
}
