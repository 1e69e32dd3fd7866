package de.tieredsupport.contingent.service.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.port.AuditEntry;

/**
 * An audit entry as one reader reads it: the change's type and parameters written out in the reader's language,
 * months, times, hours and amounts formatted for it, instants in the reader's zone, users by display name. Entries
 * stored as text only (before parameters were kept) are shown with their text, as before; so is an entry whose
 * parameters cannot be read.
 * <p>
 * Pure: texts come from a {@link Messages} source (in Jira the reader's I18nHelper), names from a function, so
 * nothing here depends on Jira. Numbers, times and durations are formatted by {@link DisplayFormat}, as on every
 * other screen.
 */
public final class AuditText {

    static final String KEY = "support-contingent.audit.";

    /** Translated message by full key, with {@link java.text.MessageFormat}-style arguments (Strings only). */
    @FunctionalInterface
    public interface Messages {
        String text(String key, Object... args);
    }

    private final DisplayFormat format;
    private final Messages messages;
    private final UnaryOperator<String> displayName;

    /**
     * @param zone the time zone the reader reads times in
     * @param displayName a user's display name by user key (the key itself when the user is unknown)
     */
    public AuditText(Locale locale, ZoneId zone, Messages messages, UnaryOperator<String> displayName) {
        this.format = new DisplayFormat(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(zone, "zone"));
        this.messages = Objects.requireNonNull(messages, "messages");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    public ZoneId zone() {
        return format.zone();
    }

    /** When it happened, in the reader's zone and language. */
    public String at(AuditEntry entry) {
        return instant(entry.at());
    }

    /** Who did it: the display name. */
    public String actor(AuditEntry entry) {
        return name(entry.actor());
    }

    /** What kind of change, e.g. "Terms changed". */
    public String action(AuditEntry entry) {
        return messages.text("support-contingent.settings.audit." + entry.action().name());
    }

    /** The change written out; the stored text for entries kept as text only. */
    public String details(AuditEntry entry) {
        if (entry.textOnly()) {
            return entry.details();
        }
        try {
            return render(entry.action(), entry.parameters());
        } catch (RuntimeException unreadable) {
            return entry.details();
        }
    }

    private String render(AuditEntry.Action action, Map<String, String> p) {
        return switch (action) {
            case CONFIGURE_TERMS -> terms(p);
            case ADD_TOP_UP -> text("ADD_TOP_UP", duration(number(p, "minutes")), level(get(p, "level")),
                    month(get(p, "month")), reason(p));
            case SUSPEND -> text("SUSPEND", level(get(p, "level")), instant(Instant.parse(get(p, "from"))),
                    instant(Instant.parse(get(p, "until"))), reason(p));
            case RESUME -> text("RESUME", level(get(p, "level")), instant(Instant.parse(get(p, "at"))));
            case CLOSE_MONTH -> closeMonth(p);
            case CORRECT_LEVEL -> text("CORRECT_LEVEL", get(p, "worklogId"), month(get(p, "month")),
                    level(get(p, "to")), level(get(p, "from")), reason(p));
            case CHANGE_CATEGORY -> text("CHANGE_CATEGORY", get(p, "issueKey"), category(get(p, "to")),
                    category(get(p, "from")));
            case PREPARE_CHANGE_REQUEST -> text("PREPARE_CHANGE_REQUEST", get(p, "issueKey"), get(p, "round"),
                    duration(number(p, "estimateMinutes")), level(get(p, "level")), get(p, "scope"));
            case SUBMIT_CHANGE_REQUEST -> text("SUBMIT_CHANGE_REQUEST", get(p, "issueKey"), get(p, "round"),
                    duration(number(p, "estimateMinutes")), level(get(p, "level")), get(p, "decisionMakers"));
            case WITHDRAW_CHANGE_REQUEST -> text("WITHDRAW_CHANGE_REQUEST", get(p, "issueKey"), get(p, "round"),
                    comment(p));
            case DECIDE_CHANGE_REQUEST -> text("DECIDE_CHANGE_REQUEST." + outcome(get(p, "outcome"))
                    + (Boolean.parseBoolean(get(p, "viaLink")) ? ".link" : ".recorded"), get(p, "issueKey"),
                    get(p, "round"), duration(number(p, "estimateMinutes")), level(get(p, "level")), comment(p));
        };
    }

    private String terms(Map<String, String> p) {
        Currency currency = Currency.getInstance(get(p, "currency"));
        boolean caps = !"NONE".equals(get(p, "carryOver"));
        List<String> levels = new ArrayList<>();
        for (String level : new String[] {"L1", "L2", "L3"}) {
            String hours = duration(number(p, level + ".minutes"));
            String rate = money(new BigDecimal(get(p, level + ".rate")), currency);
            levels.add(caps ? text("terms.levelWithCap", level(level), hours, rate,
                    duration(number(p, level + ".carryOverCap"))) : text("terms.level", level(level), hours, rate));
        }
        String recipients = get(p, "recipients").isEmpty() ? text("terms.noRecipients")
                : get(p, "recipients").replace(",", ", ");
        String thresholds = String.join(", ", get(p, "thresholds").split(",")).replaceAll("(\\d+)", "$1 %");
        String terms = text("CONFIGURE_TERMS." + get(p, "change"), month(get(p, "effectiveMonth")),
                String.join("; ", levels), duration(number(p, "roundingMinutes")),
                messages.text("support-contingent.settings.rounding.mode." + get(p, "roundingMode")), thresholds,
                messages.text("support-contingent.settings.carryOver." + get(p, "carryOver")),
                messages.text("support-contingent.settings.overage." + get(p, "overage")),
                level(get(p, "defaultLevel")), recipients);
        // entries written before terms had decision makers, and terms without any, carry no such parameter
        String makers = p.get("decisionMakers");
        return makers == null || makers.isEmpty() ? terms
                : terms + text("terms.decisionMakers", makers, p.getOrDefault("decisionThreshold", "?") + " %");
    }

    private String closeMonth(Map<String, String> p) {
        Currency currency = Currency.getInstance(get(p, "currency"));
        StringBuilder adjustments = new StringBuilder();
        if (!get(p, "adjustments").isEmpty()) {
            for (String adjustment : get(p, "adjustments").split(",")) {
                String[] monthAndAmount = adjustment.split("=", 2);
                adjustments.append(text("CLOSE_MONTH.adjustment", month(monthAndAmount[0]),
                        money(new BigDecimal(monthAndAmount[1]), currency)));
            }
        }
        return text("CLOSE_MONTH", month(get(p, "month")), money(new BigDecimal(get(p, "amount")), currency),
                adjustments.toString());
    }

    private String reason(Map<String, String> p) {
        String reason = get(p, "reason");
        return reason.isBlank() ? text("noReason") : reason;
    }

    private String comment(Map<String, String> p) {
        String comment = get(p, "comment");
        return comment.isBlank() ? text("noComment") : comment;
    }

    private static String outcome(String outcome) {
        if (!"APPROVED".equals(outcome) && !"REJECTED".equals(outcome)) {
            throw new IllegalArgumentException("not a decision: " + outcome);
        }
        return outcome;
    }

    private String category(String key) {
        return messages.text("support-contingent.category." + key);
    }

    private String level(String key) {
        return "ALL".equals(key) ? text("allLevels") : messages.text("support-contingent.mail.level." + key);
    }

    private String name(String userKey) {
        Optional<String> decisionMaker = LinkDecider.nameOf(userKey);
        if (decisionMaker.isPresent()) {
            return messages.text("support-contingent.decision.byLink", decisionMaker.get());
        }
        String name = displayName.apply(userKey);
        return name == null || name.isBlank() ? userKey : name;
    }

    private String text(String key, Object... args) {
        return messages.text(KEY + key, args);
    }

    private static String get(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing audit parameter " + name);
        }
        return value;
    }

    private static long number(Map<String, String> p, String name) {
        return Long.parseLong(get(p, name));
    }

    // ----------------------------------------------------------------- formats: the plugin's one formatter

    private String duration(long minutes) {
        return format.duration(minutes);
    }

    private String money(BigDecimal amount, Currency currency) {
        return format.money(Money.of(currency, amount));
    }

    private String month(String yyyyMm) {
        return format.month(YearMonth.parse(yyyyMm));
    }

    private String instant(Instant instant) {
        return format.dateTime(instant);
    }
}
