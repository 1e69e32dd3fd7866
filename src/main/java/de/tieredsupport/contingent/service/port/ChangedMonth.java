package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.MonthResult;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed month whose bookings changed after its close, with what it computes to now if that was kept in the
 * transaction of its latest change (empty: unknown, compute it).
 */
public record ChangedMonth(YearMonth month, Optional<MonthResult> current) {

    public ChangedMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(current, "current");
        if (current.isPresent() && !current.get().month().equals(month)) {
            throw new IllegalArgumentException("Result of " + current.get().month() + " kept for " + month);
        }
    }
}
