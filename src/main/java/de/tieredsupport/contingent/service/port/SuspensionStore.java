package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Suspension;
import java.time.YearMonth;
import java.util.List;

/** Suspensions, identified by (projectId, month, number). */
public interface SuspensionStore {

    /** The month's suspensions ordered by number. */
    List<Suspension> findByMonth(long projectId, YearMonth month);

    /** Suspensions of every project for one month, by project and number; one query. */
    List<Suspension> findMonth(YearMonth month);

    /** Inserts or replaces the suspension with the same (projectId, month, number). */
    void save(Suspension suspension);
}
