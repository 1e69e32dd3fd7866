package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.util.List;
import java.util.Objects;

/**
 * Use case: a billing manager corrects the level a worklog is billed at. The booking is replaced by the corrected
 * one through the same totals and alert path as a worklog change; in a closed month it becomes an adjustment.
 * Audited with the reason.
 */
public final class CorrectLevel {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final AlertSender sender;

    public CorrectLevel(ContingentLedger ledger, AccessPolicy policy, AuditLog audit, AlertSender sender) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    private record Result(Booking booking, List<ContingentLedger.PendingAlert> alerts) {
    }

    /**
     * Corrects the level of the active booking of {@code worklogId}, which must belong to {@code projectId}. The
     * permission is checked first; a booking of another project is reported as missing, like one that does not
     * exist.
     *
     * @return the corrected booking (unchanged if it already had {@code level})
     * @throws ProjectNotVisibleException without browse permission on the project
     * @throws AccessDeniedException unless project admin or Jira admin of the project
     * @throws de.tieredsupport.contingent.domain.ValidationException if the reason breaks the free-text rules
     * @throws NotFoundException if the project has no active booking of that worklog
     */
    public Booking correct(String actor, long projectId, long worklogId, SupportLevel level, String reason) {
        Objects.requireNonNull(level, "level");
        policy.requireManage(actor, projectId);
        Violations v = new Violations();
        FreeText.check(v, "reason", reason);
        v.throwIfAny();
        Booking peek = ledger.bookings().find(worklogId).filter(Booking::isActive)
                .filter(b -> b.projectId() == projectId)
                .orElseThrow(CorrectLevel::noBooking);
        return correct(actor, peek, level, reason);
    }

    private static NotFoundException noBooking() {
        return new NotFoundException("booking.unknown", "This project has no active booking of that worklog");
    }

    private Booking correct(String actor, Booking peek, SupportLevel level, String reason) {
        long worklogId = peek.worklogId();
        Result result = ledger.lockedMonth(peek.projectId(), peek.month(), () -> {
            Booking existing = ledger.bookings().find(worklogId).filter(Booking::isActive)
                    .orElseThrow(CorrectLevel::noBooking);
            if (existing.projectId() != peek.projectId() || !existing.month().equals(peek.month())) {
                throw new ConflictException("booking.moved", "The worklog changed meanwhile");
            }
            if (existing.level() == level) {
                return new Result(existing, List.of());
            }
            Contract contract = ledger.contract(existing.projectId());
            ContractMonths.LoadedMonth loaded = ledger.months().loadForBooking(contract, existing.month(), true);
            Booking corrected = existing.withLevel(level)
                    .withSuspended(loaded.month().suspends(level, existing.start()));
            List<ContingentLedger.PendingAlert> alerts = ledger.rebook(contract, loaded, existing, corrected);
            audit.record(new AuditEntry(existing.projectId(), ledger.now(), actor, AuditEntry.Action.CORRECT_LEVEL,
                    AuditEntry.params("worklogId", Long.toString(worklogId), "issueId",
                            Long.toString(existing.issueId()), "month", existing.month().toString(), "from",
                            existing.level().key(), "to", level.key(), "reason", reason == null ? "" : reason),
                    "Worklog " + worklogId + " of issue " + existing.issueId() + " in " + existing.month() + ": "
                            + existing.level().key() + " -> " + level.key() + "; reason: "
                            + (reason == null ? "" : reason)));
            return new Result(corrected, alerts);
        });
        ledger.dispatch(result.alerts(), sender);
        return result.booking();
    }
}
