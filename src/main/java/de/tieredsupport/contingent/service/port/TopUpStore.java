package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.TopUp;
import java.time.YearMonth;
import java.util.List;

/** Top-ups granted by the customer; append-only. */
public interface TopUpStore {

    void add(TopUp topUp);

    List<TopUp> findByMonth(long projectId, YearMonth month);

    /** Top-ups of every project for one month; one query. */
    List<TopUp> findMonth(YearMonth month);

    /** Top-ups of the months in [from, to]; one query. */
    List<TopUp> findRange(long projectId, YearMonth from, YearMonth to);
}
