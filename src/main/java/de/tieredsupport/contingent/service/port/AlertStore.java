package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Alert;
import java.time.YearMonth;
import java.util.List;

/** Alerts fired, unique by {@link Alert#key()}. */
public interface AlertStore {

    /**
     * Records the alert unless one with the same key exists, atomically across the cluster (e.g. a unique index on
     * the key columns, the insert failing on a duplicate).
     *
     * @return true if this call recorded it, i.e. the caller must send it; false if it was already there
     */
    boolean recordIfAbsent(Alert alert);

    List<Alert> findByMonth(long projectId, YearMonth month);

    /** Alerts of every project for one month; one query. */
    List<Alert> findMonth(YearMonth month);
}
