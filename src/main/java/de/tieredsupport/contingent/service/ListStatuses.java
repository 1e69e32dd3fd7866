package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Use case: the status of every contract the user may see for a month, for the all-contracts dashboard. Reads
 * stored totals only, never bookings, and each table once for all contracts.
 */
public final class ListStatuses {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;

    public ListStatuses(ContingentLedger ledger, AccessPolicy policy) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Contracts without browse permission or without terms in force for the month are left out. */
    public List<ContractStatus> statuses(String actor, YearMonth month) {
        Objects.requireNonNull(month, "month");
        return ledger.statuses(visible(actor, month), month);
    }

    /** Like {@link #statuses}, each with the rates of its terms when the caller may see that contract's money. */
    public List<StatusView> views(String actor, YearMonth month) {
        Objects.requireNonNull(month, "month");
        List<Contract> contracts = visible(actor, month);
        List<ContractStatus> statuses = ledger.statuses(contracts, month);
        List<StatusView> views = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            views.add(StatusView.of(statuses.get(i), c.termsFor(month).get(),
                    policy.canSeeMoney(actor, c.projectId()), policy.canSeeDetails(actor, c.projectId())));
        }
        return views;
    }

    private List<Contract> visible(String actor, YearMonth month) {
        return ledger.contracts().findAll().stream()
                .filter(c -> policy.canSeeHours(actor, c.projectId()))
                .filter(c -> c.termsFor(month).isPresent())
                .sorted(Comparator.comparingLong(Contract::projectId))
                .toList();
    }
}
