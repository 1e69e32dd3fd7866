package de.tieredsupport.contingent.jira.settings;

import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.atlassian.jira.util.I18nHelper;

import de.tieredsupport.contingent.domain.CarryOverPolicy;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.OveragePolicy;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.view.AuditText;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.ViewContract.ContractView;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.HolidayCalendars;
import de.tieredsupport.contingent.service.view.ServiceHoursText;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.ServiceHours;
import java.time.DayOfWeek;

/**
 * Builds the {@link ContractSettingsModel} from what the use cases answer: the contract with its versions (or
 * none yet), the current month's status for the decision panel (or none without terms in force), and the audit
 * entries. Every label comes from the plugin's bundle in the reader's language; user-supplied text (recipients,
 * reasons, audit details, actors) is passed on unchanged and escaped by the template.
 */
public final class ContractSettingsModelBuilder {

    static final String KEY = "support-contingent.settings.";

    private final DisplayFormat format;
    private final I18nHelper i18n;
    private final UnaryOperator<String> displayNames;

    /** Users in the audit list by their keys. */
    public ContractSettingsModelBuilder(DisplayFormat format, I18nHelper i18n) {
        this(format, i18n, UnaryOperator.identity());
    }

    /**
     * @param format the reader's; instants are shown in the contract's zone (the default zone without one)
     * @param displayNames a user's display name by user key, for the audit list
     */
    public ContractSettingsModelBuilder(DisplayFormat format, I18nHelper i18n, UnaryOperator<String> displayNames) {
        this.format = format;
        this.i18n = i18n;
        this.displayNames = displayNames;
    }

    /**
     * @param view the contract as the reader may see it; empty when the project has no contract yet
     * @param monthWithoutContract the current month in the default zone, used only without a contract
     * @param status the current month's status; empty when no terms are in force in it
     * @param audit the newest audit entries, newest first
     */
    public ContractSettingsModel build(String projectKey, String projectName, String restBase,
            Optional<ContractView> view, YearMonth monthWithoutContract, Optional<ContractStatus> status,
            List<AuditEntry> audit) {
        ZoneId zone = view.map(v -> v.contract().zone()).orElse(Contract.DEFAULT_ZONE);
        YearMonth currentMonth = view.map(ContractView::currentMonth).orElse(monthWithoutContract);
        Optional<YearMonth> latestClosed = view.flatMap(ContractView::latestClosedMonth);
        Optional<Terms> latest = view.map(v -> v.contract().versions().get(v.contract().versions().size() - 1));
        Optional<Terms> inForce = view.flatMap(ContractView::currentTerms);

        Currency currency = view.map(v -> v.contract().currency()).orElse(Contract.DEFAULT_CURRENCY);
        SettingsFormRules rules = SettingsFormRules.of(format.locale(), currency);
        char separator = rules.decimalSeparator().charAt(0);
        List<SettingsLevelRow> levels = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            levels.add(latest.map(t -> new SettingsLevelRow(level.key(), levelLabel(level),
                    format.inputHours(t.contingentMinutes(level).toLong()),
                    SettingsFormRules.typed(t.hourlyRate(level).amount(), rules.currencyDigits(), separator),
                    t.carryOver().kind() == CarryOverPolicy.Kind.UNUSED_UP_TO
                            ? format.inputHours(t.carryOver().capFor(level).toLong()) : ""))
                    .orElseGet(() -> new SettingsLevelRow(level.key(), levelLabel(level), "", "", "")));
        }
        RoundingPolicy rounding = latest.map(Terms::rounding).orElse(RoundingPolicy.DEFAULT);
        List<SettingsOption> modes = new ArrayList<>();
        for (RoundingPolicy.Mode mode : RoundingPolicy.Mode.values()) {
            modes.add(new SettingsOption(mode.name(), text("rounding.mode." + mode.name()), mode == rounding.mode()));
        }
        CarryOverPolicy.Kind carry = latest.map(t -> t.carryOver().kind()).orElse(CarryOverPolicy.Kind.NONE);
        List<SettingsOption> carries = new ArrayList<>();
        for (CarryOverPolicy.Kind kind : CarryOverPolicy.Kind.values()) {
            carries.add(new SettingsOption(kind.name(), text("carryOver." + kind.name()), kind == carry));
        }
        OveragePolicy overage = latest.map(Terms::overage).orElse(OveragePolicy.NOT_BILLED);
        List<SettingsOption> overages = new ArrayList<>();
        for (OveragePolicy policy : OveragePolicy.values()) {
            overages.add(new SettingsOption(policy.name(), text("overage." + policy.name()), policy == overage));
        }
        SupportLevel defaultLevel = latest.map(Terms::defaultLevel).orElse(SupportLevel.L1);
        List<SettingsOption> defaultLevels = new ArrayList<>();
        List<SettingsOption> decisionLevels = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            defaultLevels.add(new SettingsOption(level.key(), levelLabel(level), level == defaultLevel));
            decisionLevels.add(new SettingsOption(level.key(), levelLabel(level), false));
        }

        List<SettingsTermsRow> history = new ArrayList<>();
        view.ifPresent(v -> {
            List<Terms> versions = new ArrayList<>(v.contract().versions());
            Collections.reverse(versions); // newest first
            for (Terms terms : versions) {
                history.add(row(terms, inForce.map(t -> t.effectiveMonth().equals(terms.effectiveMonth()))
                        .orElse(false)));
            }
        });
        SettingsTermsRow current = inForce.map(t -> row(t, true)).orElse(null);

        AuditText auditText = new AuditText(format.locale(), zone, (key, args) -> i18n.getText(key, (Object) args),
                displayNames);
        List<SettingsAuditRow> auditRows = audit.stream()
                .map(e -> new SettingsAuditRow(auditText.at(e), auditText.actor(e), auditText.action(e),
                        auditText.details(e)))
                .toList();

        List<String> suspensions = status
                .map(s -> s.activeSuspensions().stream().map(x -> suspension(x, zone)).toList()).orElse(List.of());
        List<String> topUps = status.map(s -> s.topUps().stream().map(t -> topUp(t, zone)).toList())
                .orElse(List.of());

        // composed here and printed as an escaped reference: Jira may print $i18n.getText(...) output as markup
        String heading = i18n.getText(KEY + "heading", projectName);
        return new ContractSettingsModel(projectKey, projectName, heading, restBase, view.isPresent(), zone.getId(),
                currency.getCurrencyCode(),
                currentMonth.toString(), format.month(currentMonth),
                (view.isPresent() ? currentMonth.plusMonths(1) : currentMonth).toString(),
                latestClosed.map(m -> m.plusMonths(1).toString()).orElse(""),
                latestClosed.map(format::month).orElse(""), rounding.incrementMinutes(),
                inForce.map(t -> t.rounding().incrementMinutes()).orElse(rounding.incrementMinutes()),
                latest.map(t -> t.thresholds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .orElse(Terms.DEFAULT_THRESHOLDS.stream().map(String::valueOf)
                                .collect(Collectors.joining(", "))),
                latest.map(t -> String.join("\n", t.recipients())).orElse(""),
                latest.map(t -> t.decisionMakers().stream().map(ContractSettingsModelBuilder::makerLine)
                        .collect(Collectors.joining("\n"))).orElse(""),
                latest.map(t -> t.decisionThreshold() == null ? "" : t.decisionThreshold().toString()).orElse(""),
                levels, modes, carries, overages, defaultLevels, current, history, auditRows,
                status.isPresent() && !status.get().closed(), decisionLevels, suspensions, topUps, rules,
                SettingsFormKeys.fresh());
    }

    /**
     * The service hours of the newest terms for the form (the defaults without a contract), the line of the terms in
     * force, and the holiday calendars to choose from.
     *
     * @param countries the countries with public holidays, names in the reader's language
     */
    public SettingsHours hours(Optional<ContractView> view, List<HolidayCalendars.Country> countries) {
        Optional<Terms> latest = view.map(v -> v.contract().versions().get(v.contract().versions().size() - 1));
        ServiceHours hours = latest.map(Terms::serviceHours).orElse(ServiceHours.DEFAULT);
        Optional<HolidayCalendar> calendar = latest.flatMap(Terms::holidays);
        List<SettingsHourRow> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            ServiceHours.Range range = hours.hoursOn(day)
                    .orElse(ServiceHours.DEFAULT.hoursOn(DayOfWeek.MONDAY).orElseThrow());
            days.add(new SettingsHourRow(day.name(), i18n.getText("support-contingent.hours.weekday." + day.name()),
                    hours.isOpenOn(day), range.from().toString(), range.to().toString()));
        }
        String country = calendar.map(HolidayCalendar::country).orElse("");
        String region = calendar.flatMap(HolidayCalendar::regionCode).orElse("");
        List<SettingsOption> countryOptions = new ArrayList<>();
        countryOptions.add(new SettingsOption("", i18n.getText("support-contingent.hours.form.noCountry"),
                country.isEmpty()));
        List<SettingsRegionOption> regions = new ArrayList<>();
        for (HolidayCalendars.Country each : countries) {
            countryOptions.add(new SettingsOption(each.code(), each.code() + " \u2013 " + each.name(),
                    each.code().equals(country)));
            for (HolidayCalendars.Region r : each.regions()) {
                regions.add(new SettingsRegionOption(each.code(), r.code(), r.code() + " \u2013 " + r.name(),
                        each.code().equals(country) && r.code().equals(region)));
            }
        }
        String current = view.flatMap(ContractView::currentTerms)
                .map(t -> ServiceHoursText.line(t.serviceHours(), view.get().contract().zone(),
                        t.holidays().orElse(null), (key, args) -> i18n.getText(key, (Object) args)))
                .orElse("");
        return new SettingsHours(current, days, countryOptions, regions);
    }

    SettingsTermsRow row(Terms terms, boolean inForce) {
        List<String> levelTexts = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            levelTexts.add(i18n.getText(KEY + "terms.level", new Object[] {levelLabel(level),
                    format.duration(terms.contingentMinutes(level).toLong()), format.money(terms.hourlyRate(level))}));
        }
        String rounding = i18n.getText(KEY + "terms.rounding", String.valueOf(terms.rounding().incrementMinutes()),
                text("rounding.mode." + terms.rounding().mode().name()));
        String thresholds = terms.thresholds().stream().map(t -> t + " %").collect(Collectors.joining(", "));
        String carry;
        if (terms.carryOver().kind() == CarryOverPolicy.Kind.UNUSED_UP_TO) {
            String caps = Arrays.stream(SupportLevel.values())
                    .map(l -> i18n.getText(KEY + "terms.cap", levelLabel(l),
                            format.duration(terms.carryOver().capFor(l).toLong())))
                    .collect(Collectors.joining(", "));
            carry = i18n.getText(KEY + "terms.carryOver", caps);
        } else {
            carry = text("carryOver.NONE");
        }
        String recipients = terms.recipients().isEmpty() ? text("terms.noRecipients")
                : String.join(", ", terms.recipients());
        return new SettingsTermsRow(terms.effectiveMonth().toString(), format.month(terms.effectiveMonth()), inForce,
                levelTexts, rounding, thresholds, carry, text("overage." + terms.overage().name()),
                levelLabel(terms.defaultLevel()), recipients,
                terms.decisionMakers().isEmpty() ? text("terms.noDecisionMakers")
                        : terms.decisionMakers().stream().map(ContractSettingsModelBuilder::makerLine)
                                .collect(Collectors.joining(", ")));
    }

    /** Who decided: a decision maker through a link is named so; a Jira user by the stored key as before. */
    private String decider(String actor) {
        return LinkDecider.nameOf(actor).map(name -> i18n.getText("support-contingent.decision.byLink", name))
                .orElse(actor);
    }

    /** A decision maker as the form's text area takes it: {@code Name <address> language}. */
    static String makerLine(DecisionMaker maker) {
        return maker.name() + " <" + maker.email() + "> " + maker.language();
    }

    private String suspension(Suspension s, ZoneId zone) {
        String since = format.inZone(zone).dateTime(s.from());
        String scope = s.allLevels() ? text("suspension.allLevels") : levelLabel(s.level());
        String text = i18n.getText(KEY + "suspension.text", new Object[] {scope, since, decider(s.suspendedBy())});
        return s.reason() == null || s.reason().isBlank() ? text
                : text + " " + i18n.getText(KEY + "reason", s.reason());
    }

    private String topUp(TopUp t, ZoneId zone) {
        String text = i18n.getText(KEY + "topUp.text", new Object[] {levelLabel(t.level()), format.duration(t.minutes().toLong()),
                decider(t.grantedBy()), format.inZone(zone).dateTime(t.grantedAt())});
        return t.reason() == null || t.reason().isBlank() ? text
                : text + " " + i18n.getText(KEY + "reason", t.reason());
    }

    private String levelLabel(SupportLevel level) {
        return i18n.getText("support-contingent.level." + level.key());
    }

    private String text(String key) {
        return i18n.getText(KEY + key);
    }
}
