package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.Terms;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** Use case: contingent status and forecast of one contract month (hours only, from stored totals). */
public final class GetStatus {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;

    public GetStatus(ContingentLedger ledger, AccessPolicy policy) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @throws AccessDeniedException without browse permission
     * @throws NotFoundException without contract or terms in force for the month
     */
    public ContractStatus status(String actor, long projectId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        policy.requireHours(actor, projectId);
        Contract contract = ledger.contract(projectId);
        ledger.requireTermsInForce(contract, month);
        return ledger.status(contract, month);
    }

    /**
     * The status with the hourly rates of the terms in force when the caller may see money, and whether the caller
     * may see reasons and deciders.
     *
     * @throws AccessDeniedException without browse permission
     * @throws NotFoundException without contract or terms in force for the month
     */
    public StatusView view(String actor, long projectId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        policy.requireHours(actor, projectId);
        Contract contract = ledger.contract(projectId);
        Terms terms = ledger.terms(contract, month);
        return StatusView.of(ledger.status(contract, month), terms, policy.canSeeMoney(actor, projectId),
                policy.canSeeDetails(actor, projectId));
    }

    /**
     * The 1st-level service hours of the current month in the contract's zone, e.g. for the issue panel.
     *
     * @throws AccessDeniedException without browse permission
     * @throws NotFoundException without contract
     */
    public Optional<ServiceHoursView> currentServiceHours(String actor, long projectId) {
        policy.requireHours(actor, projectId);
        Contract contract = ledger.contract(projectId);
        return Optional.of(ServiceHoursView.of(contract, contract.monthOf(ledger.now())));
    }

    /** Status of the current month in the contract's zone, e.g. for the issue panel. */
    public ContractStatus currentStatus(String actor, long projectId) {
        policy.requireHours(actor, projectId);
        Contract contract = ledger.contract(projectId);
        return status(actor, projectId, contract.monthOf(ledger.now()));
    }
}
