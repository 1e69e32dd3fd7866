package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Extra contingent the customer bought for one month and level. */
@Table("TOP_UP")
@Indexes(@Index(name = "TOP_UP_PROJECT_MONTH", methodNames = {"getProjectId", "getBillingMonth"}))
public interface TopUpEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    long getMinutes();
    void setMinutes(long minutes);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    long getDecidedAt();
    void setDecidedAt(long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);
}
