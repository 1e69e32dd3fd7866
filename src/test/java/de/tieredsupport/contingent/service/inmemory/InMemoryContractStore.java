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

    @Override
    public synchronized Optional<Contract> find(long projectId) {
        return Optional.ofNullable(contracts.get(projectId));
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
