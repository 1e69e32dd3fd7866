package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.CarryOverPolicy;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.HolidayRules;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.Months;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Use case: add or change the terms of a project's contract, effective from a month (creating the contract on
 * first use). Terms may not take effect in or before the latest closed month. Audited.
 */
public final class ConfigureContract {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final HolidayRules holidays;
    private final Consumer<Contract> startsEarlier;

    public ConfigureContract(ContingentLedger ledger, AccessPolicy policy, AuditLog audit) {
        this(ledger, policy, audit, HolidayRules.NONE);
    }

    /** @param holidays the holiday calendars a contract may name (others are refused) */
    public ConfigureContract(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, HolidayRules holidays) {
        this(ledger, policy, audit, holidays, contract -> { });
    }

    /**
     * @param holidays the holiday calendars a contract may name (others are refused)
     * @param startsEarlier told (inside the contract's lock) of a contract that is new or now starts in an earlier
     *        month, so that work logged before is found (see {@link ReconcileWorklogs#readAgainFor})
     */
    public ConfigureContract(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, HolidayRules holidays,
            Consumer<Contract> startsEarlier) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.startsEarlier = Objects.requireNonNull(startsEarlier, "startsEarlier");
    }

    /**
     * @return the contract with the new version of terms
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws de.tieredsupport.contingent.domain.ValidationException listing every problem of the draft
     */
    public Contract configure(String actor, ContractDraft draft) {
        Objects.requireNonNull(draft, "draft");
        long projectId = draft.projectId();
        policy.requireManage(actor, projectId);
        return ledger.locked(List.of(ContingentLedger.contractLock(projectId)), () -> {
            Optional<Contract> existing = ledger.contracts().find(projectId);
            Contract updated = draft.applyTo(existing, ledger.latestClosed(projectId), holidays);
            ledger.contracts().save(updated);
            if (existing.isEmpty() || updated.firstMonth().isBefore(existing.get().firstMonth())) {
                startsEarlier.accept(updated);
            }
            YearMonth effective = Months.parse(draft.effectiveMonth()).orElseThrow();
            boolean replaced = existing.flatMap(c -> c.versions().stream()
                    .filter(t -> t.effectiveMonth().equals(effective)).findFirst()).isPresent();
            audit.record(new AuditEntry(projectId, ledger.now(), actor, AuditEntry.Action.CONFIGURE_TERMS,
                    parameters(updated.termsFor(effective).get(), replaced),
                    (replaced ? "Replaced" : "Added") + " terms " + describe(updated.termsFor(effective).get())));
            return updated;
        });
    }

    /**
     * Validates the draft as {@link #configure} would, and saves nothing: for callers that already know of other
     * problems of the same input and want to report all of them at once.
     *
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws de.tieredsupport.contingent.domain.ValidationException listing every problem of the draft
     */
    public void check(String actor, ContractDraft draft) {
        Objects.requireNonNull(draft, "draft");
        long projectId = draft.projectId();
        policy.requireManage(actor, projectId);
        draft.applyTo(ledger.contracts().find(projectId), ledger.latestClosed(projectId), holidays);
    }

    /** The terms as audit parameters: every figure, policy and recipient, in machine form. */
    static Map<String, String> parameters(Terms terms, boolean replaced) {
        Map<String, String> p = AuditEntry.params("change", replaced ? "REPLACED" : "ADDED", "effectiveMonth",
                terms.effectiveMonth().toString(), "currency", terms.currency().getCurrencyCode());
        for (SupportLevel level : SupportLevel.values()) {
            p.put(level.key() + ".minutes", Long.toString(terms.contingentMinutes(level).toLong()));
            p.put(level.key() + ".rate", terms.hourlyRate(level).amount().toPlainString());
        }
        p.put("roundingMinutes", Integer.toString(terms.rounding().incrementMinutes()));
        p.put("roundingMode", terms.rounding().mode().name());
        p.put("thresholds", terms.thresholds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        p.put("carryOver", terms.carryOver().kind().name());
        if (terms.carryOver().kind() != CarryOverPolicy.Kind.NONE) {
            for (SupportLevel level : SupportLevel.values()) {
                p.put(level.key() + ".carryOverCap", Long.toString(terms.carryOver().capFor(level).toLong()));
            }
        }
        p.put("overage", terms.overage().name());
        p.put("defaultLevel", terms.defaultLevel().key());
        p.put("recipients", String.join(",", terms.recipients()));
        if (!terms.serviceHours().equals(ServiceHours.DEFAULT)) {
            p.put("serviceHours", terms.serviceHours().encode());
        }
        terms.holidays().ifPresent(h -> p.put("holidays", h.code()));
        if (!terms.decisionMakers().isEmpty()) {
            p.put("decisionMakers", terms.decisionMakers().stream().map(m -> m.name() + " <" + m.email() + ">")
                    .collect(Collectors.joining(", ")));
            terms.decisionThresholdPercent().ifPresent(t -> p.put("decisionThreshold", Integer.toString(t)));
        }
        return p;
    }

    static String describe(Terms terms) {
        StringBuilder text = new StringBuilder("effective ").append(terms.effectiveMonth()).append(':');
        for (SupportLevel level : SupportLevel.values()) {
            text.append(' ').append(level.key()).append(' ').append(terms.contingentMinutes(level).toLong())
                    .append(" min at ").append(terms.hourlyRate(level)).append("/h;");
        }
        return text.append(" rounding ").append(terms.rounding().incrementMinutes()).append(" min ")
                .append(terms.rounding().mode())
                .append("; thresholds ").append(terms.thresholds())
                .append("; carry-over ").append(terms.carryOver().kind()).append(' ')
                // the audit text has always shown the caps as a map, empty without carry-over
                .append(terms.carryOver().kind() == CarryOverPolicy.Kind.NONE ? Map.of()
                        : terms.carryOver().capMinutes().asMap())
                .append("; overage ").append(terms.overage())
                .append("; default level ").append(terms.defaultLevel().key())
                .append("; recipients ").append(terms.recipients())
                .append(terms.serviceHours().equals(ServiceHours.DEFAULT) ? ""
                        : "; service hours " + terms.serviceHours().encode())
                .append(terms.holidays().map(h -> "; public holidays " + h.code()).orElse(""))
                .append(terms.decisionMakers().isEmpty() ? "" : "; decision makers " + terms.decisionMakers().stream()
                        .map(m -> m.name()).collect(Collectors.joining(", ")))
                .toString();
    }
}
