package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.service.port.ContractStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryContractStore implements ContractStore {

    private final Map<Long, Contract> contracts = new TreeMap<>();
    private volatile Runnable onFind = () -> { };

    /** Runs after every {@link #find} has read (outside the store's monitor), e.g. to pause a thread in a race test. */
    public void onFind(Runnable hook) {
        this.onFind = hook;
    }

    @Override
    public Optional<Contract> find(long projectId) {
        Optional<Contract> found;
        synchronized (this) {
            found = Optional.ofNullable(contracts.get(projectId));
        }
        onFind.run();
        return found;
    }

    @Override
    public synchronized List<Contract> findAll() {
        return new ArrayList<>(contracts.values());
    }

    @Override
    public synchronized void save(Contract contract) {
        contracts.put(contract.projectId(), contract);
    }
}
