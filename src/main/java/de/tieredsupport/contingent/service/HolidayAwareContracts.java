package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.HolidayRules;
import de.tieredsupport.contingent.service.port.ContractStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract store whose contracts answer public holidays from the holiday library, so every month taken from a
 * contract ({@link Contract#billingMonth}) knows its service days. Saving stores the contract as it is (the rules
 * are never stored).
 */
public final class HolidayAwareContracts implements ContractStore {

    private final ContractStore store;
    private final HolidayRules rules;

    public HolidayAwareContracts(ContractStore store, HolidayRules rules) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Optional<Contract> find(long projectId) {
        return store.find(projectId).map(c -> c.withHolidayRules(rules));
    }

    @Override
    public List<Contract> findAll() {
        return store.findAll().stream().map(c -> c.withHolidayRules(rules)).toList();
    }

    @Override
    public void save(Contract contract) {
        store.save(contract);
    }
}
