package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An alert that was sent. The unique alert key (project, month, level, threshold, available) makes the
 * database refuse a second row, so two cluster nodes can never both send the same alert. The crossing columns are
 * nullable: alerts stored before model version 2 have none.
 */
@Table("FIRED_ALERT")
@Indexes({
    @Index(name = "ALERT_PROJECT_MONTH", methodNames = {"getProjectId", "getBillingMonth"}),
    @Index(name = "ALERT_MONTH", methodNames = {"getBillingMonth"})
})
public interface FiredAlertEntity extends Entity {

    @NotNull
    @Unique
    String getAlertKey();
    void setAlertKey(String alertKey);

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    int getThresholdPercent();
    void setThresholdPercent(int percent);

    long getAvailableMinutes();
    void setAvailableMinutes(long minutes);

    long getUsedMinutes();
    void setUsedMinutes(long minutes);

    long getFiredAt();
    void setFiredAt(long epochMillis);

    /** The worklog whose booking crossed the threshold; null in rows written before model version 2. */
    Long getCrossingWorklogId();
    void setCrossingWorklogId(Long worklogId);

    /** Start of that worklog, epoch milliseconds; null with the worklog id. */
    Long getCrossingStartAt();
    void setCrossingStartAt(Long epochMillis);

    /** When that worklog was logged or last changed, epoch milliseconds; null with the worklog id. */
    Long getCrossingBookedAt();
    void setCrossingBookedAt(Long epochMillis);
}
