package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.ContractStore;
import de.tieredsupport.contingent.service.port.UserDirectory;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Use case: the newest audit entries of a project, for those who manage its contract. */
public final class AuditTrail {

    public static final int MAX_LIMIT = 500;

    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ContractStore contracts;
    private final UserDirectory users;

    public AuditTrail(AccessPolicy policy, AuditLog audit, ContractStore contracts, UserDirectory users) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * Display names by user key for one list of entries: each user looked up once, the key itself for a user
     * without a name.
     */
    public UnaryOperator<String> displayNames() {
        Map<String, String> known = new HashMap<>();
        return key -> key == null ? null
                : known.computeIfAbsent(key, k -> users.displayName(k).orElse(k));
    }

    /**
     * The zone the project's times are read in: the contract's, or the default zone for a project without one.
     *
     * @throws AccessDeniedException unless project admin or Jira admin
     */
    public ZoneId zone(String actor, long projectId) {
        policy.requireManage(actor, projectId);
        return contracts.find(projectId).map(Contract::zone).orElse(Contract.DEFAULT_ZONE);
    }

    /**
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws ValidationException unless 1 &lt;= limit &lt;= {@link #MAX_LIMIT}
     */
    public List<AuditEntry> latest(String actor, long projectId, int limit) {
        policy.requireManage(actor, projectId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "number.outOfRange", "Limit must be 1 to " + MAX_LIMIT, 1,
                    MAX_LIMIT);
        }
        return audit.latest(projectId, limit);
    }
}
