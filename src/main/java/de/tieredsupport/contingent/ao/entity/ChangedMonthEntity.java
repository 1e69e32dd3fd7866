package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A closed month whose bookings changed after the close: its adjustments are due in the next report. */
@Table("CHANGED_MONTH")
@Indexes(@Index(name = "CHANGED_KEY", methodNames = {"getProjectId", "getBillingMonth"}, unique = true))
public interface ChangedMonthEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);
}
