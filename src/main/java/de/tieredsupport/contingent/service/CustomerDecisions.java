package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.BillingMonth;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.Violations;
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
 * (one level or all), and resume it. All need project admin, are audited, and refresh the month's totals under its
 * lock.
 */
public final class CustomerDecisions {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final DecisionLinkStore links;

    /** Without decision links (hosts and tests that never issue any). */
    public CustomerDecisions(ContingentLedger ledger, AccessPolicy policy, AuditLog audit) {
        this(ledger, policy, audit, DecisionLinks.NO_LINKS);
    }

    public CustomerDecisions(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, DecisionLinkStore links) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.links = Objects.requireNonNull(links, "links");
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
        TopUp.check(minutes, terms.rounding());
        return ledger.lockedMonth(projectId, month, () -> {
            requireOpen(projectId, month);
            settleRequest(projectId, month, level, DecisionLink.Kind.TOP_UP, minutes, actor);
            return recordTopUp(contract, month, level, minutes, actor, reason);
        });
    }

    /**
     * The one way a top-up is stored, audited and counted, for a manager and for a decision maker's link alike.
     * Call under the month's lock with the month open.
     */
    TopUp recordTopUp(Contract contract, YearMonth month, SupportLevel level, long minutes, String actor,
            String reason) {
        long projectId = contract.projectId();
        TopUp topUp = new TopUp(projectId, month, level, minutes, actor, reasonOf(reason), ledger.now());
        ledger.topUps().add(topUp);
        ledger.refreshMonth(contract, month);
        audit.record(new AuditEntry(projectId, topUp.grantedAt(), actor, AuditEntry.Action.ADD_TOP_UP,
                AuditEntry.params("month", month.toString(), "level", level.key(), "minutes",
                        Long.toString(minutes), "reason", topUp.reason()),
                "Top-up of " + minutes + " min for " + level.key() + " in " + month + "; reason: "
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
            requireOpen(projectId, month);
            for (SupportLevel level : levelOrNull == null ? SupportLevel.values() : new SupportLevel[] {levelOrNull}) {
                settleRequest(projectId, month, level, DecisionLink.Kind.SUSPEND, 0, actor);
            }
            return recordSuspension(contract, month, levelOrNull, actor, reason, now);
        });
    }

    /**
     * The one way a suspension is stored, audited and applied, for a manager and for a decision maker's link
     * alike. Call under the month's lock with the month open.
     *
     * @throws ConflictException if the same scope is already suspended
     */
    Suspension recordSuspension(Contract contract, YearMonth month, SupportLevel levelOrNull, String actor,
            String reason, Instant now) {
        long projectId = contract.projectId();
        {
            List<Suspension> existing = ledger.suspensions().findByMonth(projectId, month);
            boolean alreadySuspended = existing.stream().anyMatch(s -> s.isActiveAt(now)
                    && (s.allLevels() || (levelOrNull != null && s.level() == levelOrNull)));
            if (alreadySuspended) {
                throw new ConflictException("suspension.active", "Support is already suspended for "
                        + scope(levelOrNull));
            }
            Suspension suspension = Suspension.untilMonthEnd(projectId, existing.size() + 1, levelOrNull, now,
                    contract.billingMonth(month), actor, reasonOf(reason));
            ledger.suspensions().save(suspension);
            ledger.refreshMonth(contract, month);
            audit.record(new AuditEntry(projectId, now, actor, AuditEntry.Action.SUSPEND,
                    AuditEntry.params("month", month.toString(), "level", scopeKey(levelOrNull), "from",
                            now.toString(), "until", suspension.until().toString(), "reason", suspension.reason()),
                    "Suspended "
                    + scope(levelOrNull) + " from " + now + " to the end of " + month + "; reason: "
                    + suspension.reason() + by(actor)));
            return suspension;
        }
    }

    /** The English audit text names a decision maker who decided through a link. */
    private static String by(String actor) {
        return LinkDecider.nameOf(actor).map(name -> "; decided by " + name + " via link").orElse("");
    }

    /**
     * Ends active suspensions now: all of them (null) or those of one level. Resuming one level under an
     * all-levels suspension ends it and keeps the other levels suspended.
     *
     * @return the month's suspensions after the change
     * @throws ConflictException if nothing matching is suspended, or the month is closed
     */
    public List<Suspension> resume(String actor, long projectId, SupportLevel levelOrNull) {
        policy.requireManage(actor, projectId);
        Contract contract = ledger.contract(projectId);
        Instant now = ledger.now();
        YearMonth month = contract.monthOf(now);
        BillingMonth billingMonth = contract.billingMonth(month);
        return ledger.lockedMonth(projectId, month, () -> {
            requireOpen(projectId, month);
            List<Suspension> all = ledger.suspensions().findByMonth(projectId, month);
            int number = all.size();
            List<Suspension> ended = new ArrayList<>();
            for (Suspension s : all) {
                if (!s.isActiveAt(now) || (levelOrNull != null && !s.appliesTo(levelOrNull))) {
                    continue;
                }
                ledger.suspensions().save(s.resumedAt(now, actor));
                ended.add(s);
                if (levelOrNull != null && s.allLevels()) {
                    for (SupportLevel other : SupportLevel.values()) {
                        if (other != levelOrNull) {
                            ledger.suspensions().save(Suspension.untilMonthEnd(projectId, ++number, other, now,
                                    billingMonth, s.suspendedBy(), s.reason()));
                        }
                    }
                }
            }
            if (ended.isEmpty()) {
                throw new ConflictException("suspension.notActive", "Support is not suspended for "
                        + scope(levelOrNull));
            }
            ledger.refreshMonth(contract, month);
            audit.record(new AuditEntry(projectId, now, actor, AuditEntry.Action.RESUME,
                    AuditEntry.params("month", month.toString(), "level", scopeKey(levelOrNull), "at",
                            now.toString()),
                    "Resumed " + scope(levelOrNull) + " at " + now));
            return ledger.suspensions().findByMonth(projectId, month);
        });
    }

    /** A level key, or {@code ALL} for every level. */
    private static String scopeKey(SupportLevel levelOrNull) {
        return levelOrNull == null ? "ALL" : levelOrNull.key();
    }

    void requireOpen(long projectId, YearMonth month) {
        if (ledger.isClosed(projectId, month)) {
            throw new ConflictException("month.closed", month + " is closed");
        }
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
