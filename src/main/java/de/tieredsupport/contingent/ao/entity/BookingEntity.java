package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One Jira worklog as booked against the contract: raw and billed time, level at log time, month. */
@Table("BOOKING")
@Indexes({
    @Index(name = "BOOKING_PROJECT_MONTH", methodNames = {"getProjectId", "getBillingMonth"}),
    @Index(name = "BOOKING_ISSUE", methodNames = {"getIssueId"}),
    // a level's consuming bookings in consumption order, read only up to where its contingent runs out
    @Index(name = "BOOKING_CONSUMING", methodNames = {"getProjectId", "getBillingMonth", "getLevelKey",
        "getStartedAt", "getWorklogId"})
})
public interface BookingEntity extends Entity {

    @NotNull
    @Unique
    long getWorklogId();
    void setWorklogId(long worklogId);

    @NotNull
    long getIssueId();
    void setIssueId(long issueId);

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    /** {@code yyyymm} in the contract's time zone. */
    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    String getAuthorKey();
    void setAuthorKey(String authorKey);

    /** Start of the work, epoch milliseconds. */
    long getStartedAt();
    void setStartedAt(long epochMillis);

    long getRawSeconds();
    void setRawSeconds(long seconds);

    long getBilledSeconds();
    void setBilledSeconds(long seconds);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    boolean isDeleted();
    void setDeleted(boolean deleted);

    boolean isSuspended();
    void setSuspended(boolean suspended);

    /** Work on an approved change request (model version 5); null in rows written before, read as false. */
    Boolean getChangeRequestWork();
    void setChangeRequestWork(Boolean changeRequestWork);

    long getUpdatedAt();
    void setUpdatedAt(long epochMillis);
}
