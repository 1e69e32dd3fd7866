package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Contract;
import java.util.List;
import java.util.Optional;

/** Contracts, one per Jira project, with all their versions of terms. */
public interface ContractStore {

    Optional<Contract> find(long projectId);

    /** Every contract, for the all-contracts dashboard (filtered by permission afterwards). */
    List<Contract> findAll();

    /** Inserts or replaces the contract of {@code contract.projectId()} with all its versions. */
    void save(Contract contract);
}
