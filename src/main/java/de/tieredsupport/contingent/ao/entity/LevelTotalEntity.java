package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Running totals per (project, month, level), changed in the same locked transaction as the booking, so status
 * and the dashboard read a handful of rows instead of scanning bookings.
 */
@Table("LEVEL_TOTAL")
@Indexes({
    @Index(name = "TOTAL_KEY", methodNames = {"getProjectId", "getBillingMonth", "getLevelKey"}, unique = true),
    @Index(name = "TOTAL_MONTH", methodNames = {"getBillingMonth"})
})
public interface LevelTotalEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    /** Billed minutes of active, not suspended bookings. */
    long getUsedMinutes();
    void setUsedMinutes(long minutes);

    long getSuspendedMinutes();
    void setSuspendedMinutes(long minutes);

    /** Base contingent + top-ups + carry-in at the time of the last change. */
    long getAvailableMinutes();
    void setAvailableMinutes(long minutes);

    /**
     * Minutes of the month's top-ups at this level, kept with the totals so that booking a worklog need not read the
     * top-ups; null in rows written before (then the top-ups are read and this is filled).
     */
    Long getTopUpMinutes();
    void setTopUpMinutes(Long minutes);

    /** Number of the month's suspension windows (any level), kept like {@link #getTopUpMinutes}; null: not known. */
    Integer getSuspensionWindows();
    void setSuspensionWindows(Integer windows);

    /**
     * Whether the project had any change request when this was written (see {@code TotalsStore.Rows}); null: not
     * known, the ticket's change request is read.
     */
    Boolean getChangeRequests();
    void setChangeRequests(Boolean any);
}
