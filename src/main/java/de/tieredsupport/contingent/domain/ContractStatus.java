package de.tieredsupport.contingent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hours view of one contract month for panels and dashboards: per-level status and state, alerts fired, suspensions
 * active now, top-ups granted and the alert thresholds of the terms in force. Holds no money, so everyone who may browse the project may see it.
 */
public record ContractStatus(long projectId, BillingMonth month, boolean closed, List<LevelStatus> levels,
        List<Alert> alerts, List<Suspension> activeSuspensions, List<TopUp> topUps, List<Integer> thresholds) {

    /**
     * A month's forecast means something once this many of its service days have passed in full: before, a linear
     * forecast multiplies a day or two of work by ten or twenty.
     */
    public static final int FORECAST_AFTER_SERVICE_DAYS = 3;

    public ContractStatus {
        Objects.requireNonNull(month, "month");
        thresholds = List.copyOf(thresholds);
        levels = List.copyOf(levels);
        alerts = List.copyOf(alerts);
        activeSuspensions = List.copyOf(activeSuspensions);
        topUps = List.copyOf(topUps);
    }

    public LevelStatus level(SupportLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No status for " + level));
    }

    /** The level's state now; every screen and message shows this one. */
    public LevelState state(SupportLevel level) {
        LevelStatus usage = level(level);
        return LevelState.of(usage.usedMinutes(), usage.availableMinutes(), thresholds, isSuspended(level));
    }

    /**
     * The first day on which {@link #FORECAST_AFTER_SERVICE_DAYS} service days of the month (service hours open, no
     * public holiday) have passed in full; empty if the month has fewer, so its forecast never means anything.
     */
    public Optional<LocalDate> forecastFrom() {
        return month.serviceDays().nth(month.firstDay(), month.lastDay(), FORECAST_AFTER_SERVICE_DAYS)
                .map(day -> day.plusDays(1));
    }

    /** Whether work on {@code level} is suspended right now. */
    public boolean isSuspended(SupportLevel level) {
        return activeSuspensions.stream().anyMatch(s -> s.appliesTo(level));
    }
}
