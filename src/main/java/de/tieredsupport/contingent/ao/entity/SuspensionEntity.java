package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Support suspended from an instant to the month's end (or until resumed), for one level or all. */
@Table("SUSPENSION")
@Indexes(@Index(name = "SUSP_KEY", methodNames = {"getProjectId", "getBillingMonth", "getSequenceNo"}, unique = true))
public interface SuspensionEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    /** Running number within the project and month, from 1. */
    int getSequenceNo();
    void setSequenceNo(int sequenceNo);

    /** A level key, or {@code ALL}. */
    @NotNull
    String getScope();
    void setScope(String scope);

    long getFromAt();
    void setFromAt(long epochMillis);

    /** End of the suspension, epoch milliseconds: the month's end, or when support was resumed. */
    long getUntilAt();
    void setUntilAt(long epochMillis);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    long getDecidedAt();
    void setDecidedAt(long epochMillis);

    String getResumedBy();
    void setResumedBy(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);
}
