package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.SupportLevel;
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
     * @return the corrected booking (unchanged if it already had {@code level})
     * @throws NotFoundException if there is no active booking for the worklog
     * @throws AccessDeniedException unless project admin or Jira admin of the booking's project
     */
    public Booking correct(String actor, long worklogId, SupportLevel level, String reason) {
        Objects.requireNonNull(level, "level");
        Booking peek = ledger.bookings().find(worklogId).filter(Booking::isActive)
                .orElseThrow(() -> new NotFoundException("No booking for worklog " + worklogId));
        return correct(actor, peek, level, reason);
    }

    /**
     * As {@link #correct(String, long, SupportLevel, String)}, for a booking that must belong to {@code projectId};
     * a booking of another project is reported as missing, whatever the caller may see there.
     */
    public Booking correct(String actor, long projectId, long worklogId, SupportLevel level, String reason) {
        Objects.requireNonNull(level, "level");
        Booking peek = ledger.bookings().find(worklogId).filter(Booking::isActive)
                .filter(b -> b.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("No booking for worklog " + worklogId + " in project "
                        + projectId));
        return correct(actor, peek, level, reason);
    }

    private Booking correct(String actor, Booking peek, SupportLevel level, String reason) {
        long worklogId = peek.worklogId();
        policy.requireManage(actor, peek.projectId());
        Result result = ledger.lockedMonth(peek.projectId(), peek.month(), () -> {
            Booking existing = ledger.bookings().find(worklogId).filter(Booking::isActive)
                    .orElseThrow(() -> new NotFoundException("No booking for worklog " + worklogId));
            if (existing.projectId() != peek.projectId() || !existing.month().equals(peek.month())) {
                throw new ConflictException("booking.moved", "Worklog " + worklogId + " changed meanwhile");
            }
            if (existing.level() == level) {
                return new Result(existing, List.of());
            }
            boolean suspended = ledger.suspensions().findByMonth(existing.projectId(), existing.month()).stream()
                    .anyMatch(s -> s.covers(level, existing.start()));
            Booking corrected = existing.withLevel(level).withSuspended(suspended);
            List<ContingentLedger.PendingAlert> alerts = ledger.applyBookingChange(existing, corrected);
            ledger.bookings().save(corrected);
            audit.record(new AuditEntry(existing.projectId(), ledger.now(), actor, AuditEntry.Action.CORRECT_LEVEL,
                    "Worklog " + worklogId + " of issue " + existing.issueId() + " in " + existing.month() + ": "
                            + existing.level().key() + " -> " + level.key() + "; reason: "
                            + (reason == null ? "" : reason)));
            return new Result(corrected, alerts);
        });
        ledger.dispatch(result.alerts(), sender);
        return result.booking();
    }
}
