package de.tieredsupport.contingent.domain;

import java.util.List;
import java.util.Objects;

/**
 * Hours view of one contract month for panels and dashboards: per-level status, alerts fired, suspensions active
 * now and top-ups granted. Holds no money, so everyone who may browse the project may see it.
 */
public record ContractStatus(long projectId, BillingMonth month, boolean closed, List<LevelStatus> levels,
        List<Alert> alerts, List<Suspension> activeSuspensions, List<TopUp> topUps) {

    public ContractStatus {
        Objects.requireNonNull(month, "month");
        levels = List.copyOf(levels);
        alerts = List.copyOf(alerts);
        activeSuspensions = List.copyOf(activeSuspensions);
        topUps = List.copyOf(topUps);
    }

    public LevelStatus level(SupportLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No status for " + level));
    }

    /** Whether work on {@code level} is suspended right now. */
    public boolean isSuspended(SupportLevel level) {
        return activeSuspensions.stream().anyMatch(s -> s.appliesTo(level));
    }
}
