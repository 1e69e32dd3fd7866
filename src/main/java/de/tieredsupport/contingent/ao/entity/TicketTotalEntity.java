package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Running totals per (project, month, level, ticket), changed in the same locked transaction as the booking and the
 * level totals, so the billing report reads one row per ticket instead of every booking.
 */
@Table("TICKET_TOTAL")
@Indexes({
    @Index(name = "TICKET_TOTAL_KEY", methodNames = {"getProjectId", "getBillingMonth", "getLevelKey", "getIssueId"},
            unique = true)
})
public interface TicketTotalEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    @NotNull
    long getIssueId();
    void setIssueId(long issueId);

    /** Billed minutes of the ticket's active, not suspended bookings at the level. */
    long getUsedMinutes();
    void setUsedMinutes(long minutes);

    long getSuspendedMinutes();
    void setSuspendedMinutes(long minutes);

    /** Billed minutes of change-request work (model version 5); null in rows written before, read as 0. */
    Long getChangeRequestMinutes();
    void setChangeRequestMinutes(Long minutes);
}
