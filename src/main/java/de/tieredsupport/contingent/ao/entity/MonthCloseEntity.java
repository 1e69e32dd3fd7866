package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A closed month: its frozen billing result, written once and never changed. */
@Table("MONTH_CLOSE")
@Indexes(@Index(name = "CLOSE_PROJECT_MONTH", methodNames = {"getProjectId", "getBillingMonth"}, unique = true))
public interface MonthCloseEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    String getClosedBy();
    void setClosedBy(String userKey);

    long getClosedAt();
    void setClosedAt(long epochMillis);

    /**
     * Carry-in, available and carry-out minutes per level ({@code L1:0:480:35,L2:…,L3:…}), so that status and
     * recording need not read the snapshot; null in rows stored before this column existed.
     */
    String getClosedLevels();
    void setClosedLevels(String closedLevels);

    /** The snapshot in the store's text format. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();
    void setSnapshot(String snapshot);
}
