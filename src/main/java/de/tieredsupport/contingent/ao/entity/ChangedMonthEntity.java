package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A closed month whose bookings changed after the close: its adjustments are due in the next report. The row also
 * holds what the month computes to now, kept in the transaction that changed its bookings, so that the report need
 * not compute every changed month again.
 */
@Table("CHANGED_MONTH")
@Indexes(@Index(name = "CHANGED_KEY", methodNames = {"getProjectId", "getBillingMonth"}, unique = true))
public interface ChangedMonthEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    /**
     * The month's result as its bookings compute now (the snapshot's text format, without settled adjustments), written
     * under the month's lock after each change; null while unknown (rows stored before model version 6, or a change
     * whose transaction did not compute it), which makes the report compute the month.
     */
    @StringLength(StringLength.UNLIMITED)
    String getCurrentResult();
    void setCurrentResult(String currentResult);
}
