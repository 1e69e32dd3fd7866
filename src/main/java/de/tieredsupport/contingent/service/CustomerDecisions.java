package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.BillingMonth;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use cases for the customer's decision at an alert: grant a top-up, or suspend support for the rest of the month
 * (one level or all), and resume it. All need project admin, are audited, and refresh the month's totals under its
 * lock.
 */
public final class CustomerDecisions {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;

    public CustomerDecisions(ContingentLedger ledger, AccessPolicy policy, AuditLog audit) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
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
            TopUp topUp = new TopUp(projectId, month, level, minutes, actor, reasonOf(reason), ledger.now());
            ledger.topUps().add(topUp);
            ledger.refreshMonth(contract, month);
            audit.record(new AuditEntry(projectId, topUp.grantedAt(), actor, AuditEntry.Action.ADD_TOP_UP,
                    AuditEntry.params("month", month.toString(), "level", level.key(), "minutes",
                            Long.toString(minutes), "reason", topUp.reason()),
                    "Top-up of " + minutes + " min for " + level.key() + " in " + month + "; reason: "
                            + topUp.reason()));
            return topUp;
        });
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
                    + suspension.reason()));
            return suspension;
        });
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

    private void requireOpen(long projectId, YearMonth month) {
        if (ledger.isClosed(projectId, month)) {
            throw new ConflictException("month.closed", month + " is closed");
        }
    }

    /** Reasons end up in the audit trail and on screens: the domain's rules for free text. */
    private static void checkReason(String reason) {
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
