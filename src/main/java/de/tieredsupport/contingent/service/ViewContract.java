package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Terms;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: read a project's contract with all versions of its terms. Everyone who may see hours may read it; the
 * view says whether the caller may also see the rates (money).
 */
public final class ViewContract {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;

    public ViewContract(ContingentLedger ledger, AccessPolicy policy) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param contract the contract with every version of terms, oldest first
     * @param currentMonth the month that is current in the contract's zone
     * @param latestClosedMonth the latest closed month; new terms may only take effect after it
     * @param moneyVisible whether the caller may see rates and amounts
     * @param detailsVisible whether the caller may see the alert recipients' addresses and the carry-over caps
     *        ({@link AccessPolicy#canSeeDetails}); others get contingents, rounding, thresholds and policies
     */
    public record ContractView(Contract contract, YearMonth currentMonth, Optional<YearMonth> latestClosedMonth,
            boolean moneyVisible, boolean detailsVisible) {

        public ContractView {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(currentMonth, "currentMonth");
            Objects.requireNonNull(latestClosedMonth, "latestClosedMonth");
        }

        /** The terms in force in the current month; empty if the first version takes effect later. */
        public Optional<Terms> currentTerms() {
            return contract.termsFor(currentMonth);
        }
    }

    /**
     * @throws ProjectNotVisibleException without browse permission
     * @throws NotFoundException if the project has no contract
     */
    public ContractView contract(String actor, long projectId) {
        policy.requireHours(actor, projectId);
        Contract contract = ledger.contract(projectId);
        return new ContractView(contract, contract.monthOf(ledger.now()), ledger.latestClosed(projectId),
                policy.canSeeMoney(actor, projectId), policy.canSeeDetails(actor, projectId));
    }
}
