package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test-data builders shared by domain and service tests. */
public final class TestData {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final long PROJECT = 10_000L;

    private TestData() {
    }

    public static Money eur(String amount) {
        return Money.of(EUR, new BigDecimal(amount));
    }

    /** The example customer of the offer: L1 8 h at 70, L2 12 h at 80, L3 12 h at 90 EUR/h. */
    public static TermsBuilder seedTerms(YearMonth effective) {
        return new TermsBuilder(effective)
                .level(SupportLevel.L1, 480, "70")
                .level(SupportLevel.L2, 720, "80")
                .level(SupportLevel.L3, 720, "90");
    }

    public static Contract seedContract(YearMonth effective) {
        return Contract.of(PROJECT, BERLIN, EUR, List.of(seedTerms(effective).build()));
    }

    public static Contract contract(Terms... versions) {
        return Contract.of(PROJECT, BERLIN, EUR, List.of(versions));
    }

    /** Berlin local time to instant, e.g. {@code berlin("2026-03-02T09:00")}. */
    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    public static BookingBuilder booking(long worklogId) {
        return new BookingBuilder(worklogId);
    }

    public static final class TermsBuilder {
        private final YearMonth effective;
        private final Map<SupportLevel, LevelTerms> levels = new EnumMap<>(SupportLevel.class);
        private RoundingPolicy rounding = RoundingPolicy.DEFAULT;
        private List<Integer> thresholds = Terms.DEFAULT_THRESHOLDS;
        private List<String> recipients = List.of("billing@customer.example");
        private CarryOverPolicy carryOver = CarryOverPolicy.NONE;
        private OveragePolicy overage = OveragePolicy.NOT_BILLED;
        private SupportLevel defaultLevel = SupportLevel.L1;
        private List<DecisionMaker> decisionMakers = List.of();
        private Integer decisionThreshold;
        private ServiceHours serviceHours = ServiceHours.DEFAULT;
        private HolidayCalendar holidays;

        private TermsBuilder(YearMonth effective) {
            this.effective = effective;
        }

        public TermsBuilder level(SupportLevel level, long minutes, String rate) {
            levels.put(level, new LevelTerms(Minutes.of(minutes), eur(rate)));
            return this;
        }

        public TermsBuilder rounding(RoundingPolicy value) {
            rounding = value;
            return this;
        }

        public TermsBuilder thresholds(Integer... values) {
            thresholds = List.of(values);
            return this;
        }

        public TermsBuilder recipients(String... values) {
            recipients = List.of(values);
            return this;
        }

        public TermsBuilder carryOverUpTo(long l1, long l2, long l3) {
            carryOver = CarryOverPolicy.unusedUpTo(LevelMinutes.of(l1, l2, l3));
            return this;
        }

        public TermsBuilder overage(OveragePolicy value) {
            overage = value;
            return this;
        }

        public TermsBuilder defaultLevel(SupportLevel value) {
            defaultLevel = value;
            return this;
        }

        public TermsBuilder decisionMakers(DecisionMaker... values) {
            decisionMakers = List.of(values);
            return this;
        }

        public TermsBuilder decisionThreshold(Integer value) {
            decisionThreshold = value;
            return this;
        }

        public TermsBuilder serviceHours(ServiceHours value) {
            serviceHours = value;
            return this;
        }

        public TermsBuilder holidays(String country, String region) {
            holidays = new HolidayCalendar(country, region);
            return this;
        }

        public Terms build() {
            return new Terms(effective, levels, rounding, thresholds, recipients, carryOver, overage, defaultLevel,
                    decisionMakers, decisionThreshold, serviceHours, holidays);
        }
    }

    public static final class BookingBuilder {
        private final long worklogId;
        private long issueId = 1;
        private long projectId = PROJECT;
        private String author = "agent";
        private Instant start = berlin("2026-03-02T09:00");
        private long minutes = 5;
        private SupportLevel level = SupportLevel.L1;
        private boolean suspended;
        private boolean changeRequest;
        private Booking.State state = Booking.State.ACTIVE;

        private BookingBuilder(long worklogId) {
            this.worklogId = worklogId;
        }

        public BookingBuilder issue(long value) {
            issueId = value;
            return this;
        }

        public BookingBuilder project(long value) {
            projectId = value;
            return this;
        }

        public BookingBuilder at(String berlinLocal) {
            start = berlin(berlinLocal);
            return this;
        }

        public BookingBuilder at(Instant value) {
            start = value;
            return this;
        }

        /** Billed minutes (raw time is the same). */
        public BookingBuilder minutes(long value) {
            minutes = value;
            return this;
        }

        public BookingBuilder level(SupportLevel value) {
            level = value;
            return this;
        }

        /** Work on an approved change request. */
        public BookingBuilder changeRequest() {
            changeRequest = true;
            return this;
        }

        public BookingBuilder suspended() {
            suspended = true;
            return this;
        }

        public BookingBuilder deleted() {
            state = Booking.State.DELETED;
            return this;
        }

        public Booking build() {
            return new Booking(worklogId, issueId, projectId, author, start, minutes * 60, minutes * 60, level,
                    YearMonth.from(start.atZone(BERLIN)), state, suspended, start, changeRequest);
        }
    }
}
