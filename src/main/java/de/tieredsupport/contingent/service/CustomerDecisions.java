package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractMonth;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.DecisionLinkStore;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use cases for the customer's decision at an alert: grant a top-up, or suspend support for the rest of the month
 * (one level or all), and resume it. All need project admin and are audited; the contract month, read under its
 * lock, decides them.
 */
public final class CustomerDecisions {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final DecisionLinkStore links;
    private final AlertSender sender;

    /** Without decision links (hosts and tests that never issue any). */
    public CustomerDecisions(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, AlertSender sender) {
        this(ledger, policy, audit, DecisionLinks.NO_LINKS, sender);
    }

    /**
     * @param sender tells the alert recipients of thresholds that resumed work crosses (the decision makers are not
     *        asked again: a resumption is their answer)
     */
    public CustomerDecisions(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, DecisionLinkStore links,
            AlertSender sender) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.links = Objects.requireNonNull(links, "links");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    ContingentLedger ledger() {
        return ledger;
    }

    /**
     * Adds {@code minutes} to the level's contingent of {@code month}. A top-up changes the available minutes and
     * therefore re-arms the alert thresholds above current usage.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException if minutes are not a positive multiple of
     *         the increment
     * @throws NotFoundException if there is no contract or no terms in force for the month
     * @throws ConflictException if the month is closed
     */
    public TopUp addTopUp(String actor, long projectId, YearMonth month, SupportLevel level, long minutes,
            String reason) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        policy.requireManage(actor, projectId);
        checkReason(reason);
        Contract contract = ledger.contract(projectId);
        Terms terms = ledger.terms(contract, month);
        TopUp.check(Minutes.of(minutes), terms.rounding());
        return ledger.lockedMonth(projectId, month, () -> {
            ContractMonths.LoadedMonth loaded = ledger.months().loadForDecision(contract, month);
            requireOpen(loaded.month());
            settleRequest(projectId, month, level, DecisionLink.Kind.TOP_UP, minutes, actor);
            return recordTopUp(loaded, level, minutes, actor, reason);
        });
    }

    /**
     * The one way a top-up is stored, audited and counted, for a manager and for a decision maker's link alike.
     * Call under the month's lock.
     *
     * @throws ConflictException if the month is closed
     */
    TopUp recordTopUp(Contract contract, YearMonth month, SupportLevel level, long minutes, String actor,
            String reason) {
        return recordTopUp(ledger.months().loadForDecision(contract, month), level, minutes, actor, reason);
    }

    private TopUp recordTopUp(ContractMonths.LoadedMonth loaded, SupportLevel level, long minutes, String actor,
            String reason) {
        ContractMonth month = loaded.month();
        TopUp topUp = ConflictException.unlessRefused(
                () -> month.topUp(level, Minutes.of(minutes), actor, reasonOf(reason), ledger.now()));
        ledger.topUps().add(topUp);
        // a top-up moves no work in or out of a suspension: no booking changes, and none crosses a threshold
        ledger.keepDecision(loaded, month.withTopUp(topUp),
                loaded.decisions().topUpMinutes().plus(level, Minutes.of(minutes)));
        audit.record(new AuditEntry(topUp.projectId(), topUp.grantedAt(), actor, AuditEntry.Action.ADD_TOP_UP,
                AuditEntry.params("month", topUp.month().toString(), "level", level.key(), "minutes",
                        Long.toString(minutes), "reason", topUp.reason()),
                "Top-up of " + minutes + " min for " + level.key() + " in " + topUp.month() + "; reason: "
                        + topUp.reason() + by(actor)));
        return topUp;
    }

    /**
     * A manager's decision for a level and month answers an open decision request (its links then show it); after
     * the customer decided through a link, the manager sees that decision instead of booking a second one.
     */
    private void settleRequest(long projectId, YearMonth month, SupportLevel level, DecisionLink.Kind kind,
            long minutes, String actor) {
        List<DecisionLink> request = links.findRequest(projectId, month, level);
        Optional<DecisionLink.Outcome> decided = request.stream().map(DecisionLink::outcome)
                .filter(Objects::nonNull).findFirst();
        if (decided.isPresent() && decided.get().viaLink()) {
            DecisionLink.Outcome o = decided.get();
            throw new ConflictException("decision.decidedByCustomer", o.decidedBy() + " already decided for "
                    + level.key() + " in " + month + " via link: " + (o.kind() == DecisionLink.Kind.TOP_UP
                            ? "top-up of " + o.minutes() + " min" : "suspension"),
                    List.of(o.decidedBy(), level.key(), month.toString(), o.kind().name(), Long.toString(o.minutes())));
        }
        if (decided.isEmpty() && !request.isEmpty()) {
            DecisionLink.Outcome outcome = new DecisionLink.Outcome(kind, minutes, actor, false, ledger.now());
            request.forEach(link -> links.update(link.withOutcome(outcome)));
        }
    }

    /**
     * Suspends support from now to the end of the current month, for {@code levelOrNull} or all levels (null).
     * Work started in the window is flagged, reported apart and never billed.
     *
     * @throws ConflictException if the same scope is already suspended, or the month is closed (a node whose clock
     *         runs ahead may have closed it)
     */
    public Suspension suspend(String actor, long projectId, SupportLevel levelOrNull, String reason) {
        policy.requireManage(actor, projectId);
        checkReason(reason);
        Contract contract = ledger.contract(projectId);
        Instant now = ledger.now();
        YearMonth month = contract.monthOf(now);
        ledger.requireTermsInForce(contract, month);
        return ledger.lockedMonth(projectId, month, () -> {
            ContractMonths.LoadedMonth loaded = ledger.months().loadForDecision(contract, month);
            requireOpen(loaded.month());
            for (SupportLevel level : levelOrNull == null ? SupportLevel.values() : new SupportLevel[] {levelOrNull}) {
                settleRequest(projectId, month, level, DecisionLink.Kind.SUSPEND, 0, actor);
            }
            return recordSuspension(loaded, levelOrNull, actor, reason, now);
        });
    }

    /**
     * The one way a suspension is stored, audited and applied, for a manager and for a decision maker's link
     * alike. Call under the month's lock.
     *
     * @throws ConflictException if the month is closed or the same scope is already suspended
     */
    Suspension recordSuspension(Contract contract, YearMonth month, SupportLevel levelOrNull, String actor,
            String reason, Instant now) {
        return recordSuspension(ledger.months().loadForDecision(contract, month), levelOrNull, actor, reason, now);
    }

    private Suspension recordSuspension(ContractMonths.LoadedMonth loaded, SupportLevel levelOrNull,
            String actor, String reason, Instant now) {
        ContractMonth month = loaded.month();
        Suspension suspension = ConflictException.unlessRefused(
                () -> month.suspend(levelOrNull, now, actor, reasonOf(reason)));
        ledger.suspensions().save(suspension);
        // suspending moves work out of the contingent only: nothing crosses a threshold
        ledger.keepDecision(loaded, month.withSuspensions(List.of(suspension)),
                loaded.decisions().topUpMinutes());
        audit.record(new AuditEntry(suspension.projectId(), now, actor, AuditEntry.Action.SUSPEND,
                AuditEntry.params("month", suspension.month().toString(), "level", scopeKey(levelOrNull), "from",
                        now.toString(), "until", suspension.until().toString(), "reason", suspension.reason()),
                "Suspended " + scope(levelOrNull) + " from " + now + " to the end of " + suspension.month()
                        + "; reason: " + suspension.reason() + by(actor)));
        return suspension;
    }

    /** The English audit text names a decision maker who decided through a link. */
    private static String by(String actor) {
        return LinkDecider.nameOf(actor).map(name -> "; decided by " + name + " via link").orElse("");
    }

    /**
     * Ends active suspensions now: all of them (null) or those of one level. Resuming one level under an
     * all-levels suspension ends it and keeps the other levels suspended. Work logged after now that the ended
     * suspensions covered counts against the contingent again; the thresholds it crosses alert as logged work does.
     *
     * @return the month's suspensions after the change
     * @throws ConflictException if nothing matching is suspended, or the month is closed
     */
    public List<Suspension> resume(String actor, long projectId, SupportLevel levelOrNull) {
        policy.requireManage(actor, projectId);
        Contract contract = ledger.contract(projectId);
        Instant now = ledger.now();
        YearMonth month = contract.monthOf(now);
        List<ContingentLedger.PendingAlert> won = new ArrayList<>();
        List<Suspension> after = ledger.lockedMonth(projectId, month, () -> {
            won.clear();
            ContractMonths.LoadedMonth loaded = ledger.months().loadForDecision(contract, month);
            List<Suspension> changed = ConflictException.unlessRefused(
                    () -> loaded.month().resume(levelOrNull, now, actor));
            changed.forEach(ledger.suspensions()::save);
            ContractMonth resumed = loaded.month().withSuspensions(changed);
            won.addAll(ledger.keepDecision(loaded, resumed, loaded.decisions().topUpMinutes()));
            audit.record(new AuditEntry(projectId, now, actor, AuditEntry.Action.RESUME,
                    AuditEntry.params("month", month.toString(), "level", scopeKey(levelOrNull), "at",
                            now.toString()),
                    "Resumed " + scope(levelOrNull) + " at " + now));
            return resumed.suspensions();
        });
        ledger.dispatch(won, sender);
        return after;
    }

    /** A level key, or {@code ALL} for every level. */
    private static String scopeKey(SupportLevel levelOrNull) {
        return levelOrNull == null ? "ALL" : levelOrNull.key();
    }

    /** @throws ConflictException if the month is closed (checked before the decision requests are answered) */
    private static void requireOpen(ContractMonth month) {
        ConflictException.unlessRefused(() -> {
            month.requireOpen();
            return null;
        });
    }

    /** Reasons end up in the audit trail and on screens: the domain's rules for free text. */
    static void checkReason(String reason) {
        Violations v = new Violations();
        FreeText.check(v, "reason", reason);
        v.throwIfAny();
    }

    private static String scope(SupportLevel levelOrNull) {
        return levelOrNull == null ? "all levels" : levelOrNull.key();
    }

    private static String reasonOf(String reason) {
        return reason == null ? "" : reason;
    }
}
