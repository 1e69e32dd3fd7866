package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One version of a project's contract terms, in force from its effective month on. The store writes every
 * column of a row in one place, so only the key columns are declared NOT NULL.
 */
@Table("CONTRACT_TERMS")
@Indexes(@Index(name = "TERMS_PROJECT_MONTH", methodNames = {"getProjectId", "getEffectiveMonth"}, unique = true))
public interface ContractTermsEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    /** {@code yyyymm}. */
    @NotNull
    int getEffectiveMonth();
    void setEffectiveMonth(int effectiveMonth);

    String getCurrency();
    void setCurrency(String currency);

    String getTimeZone();
    void setTimeZone(String timeZone);

    int getRoundingMinutes();
    void setRoundingMinutes(int roundingMinutes);

    String getRoundingMode();
    void setRoundingMode(String roundingMode);

    /** Comma-separated percent values, e.g. {@code 80,100}. */
    String getThresholds();
    void setThresholds(String thresholds);

    /** One e-mail address per line. */
    @StringLength(StringLength.UNLIMITED)
    String getRecipients();
    void setRecipients(String recipients);

    /**
     * One decision maker per line: language, e-mail address and name, separated by tabs (a name has no tab or line
     * break). Null in rows of model version 2 and earlier: none.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionMakers();
    void setDecisionMakers(String decisionMakers);

    /** The decision threshold in percent as a decimal string, or null for the default rule. */
    String getDecisionThreshold();
    void setDecisionThreshold(String decisionThreshold);

    /**
     * The 1st-level service hours, open days only: {@code MONDAY=10:00-16:00;TUESDAY=…}. Null in rows written before
     * service hours existed (Active Objects adds the nullable column itself): Monday to Friday 10:00-16:00.
     */
    String getServiceHours();
    void setServiceHours(String serviceHours);

    /** The public-holiday calendar, {@code DE} or {@code DE-NW}; null (also in older rows) for none. */
    String getHolidayCalendar();
    void setHolidayCalendar(String holidayCalendar);

    String getCarryPolicy();
    void setCarryPolicy(String carryPolicy);

    String getOveragePolicy();
    void setOveragePolicy(String overagePolicy);

    String getDefaultLevel();
    void setDefaultLevel(String defaultLevel);

    long getL1Minutes();
    void setL1Minutes(long minutes);

    /** Hourly rate as a plain decimal string in the contract currency. */
    String getL1Rate();
    void setL1Rate(String rate);

    long getL1CarryCap();
    void setL1CarryCap(long minutes);

    long getL2Minutes();
    void setL2Minutes(long minutes);

    String getL2Rate();
    void setL2Rate(String rate);

    long getL2CarryCap();
    void setL2CarryCap(long minutes);

    long getL3Minutes();
    void setL3Minutes(long minutes);

    String getL3Rate();
    void setL3Rate(String rate);

    long getL3CarryCap();
    void setL3CarryCap(long minutes);

    String getChangedBy();
    void setChangedBy(String userKey);

    long getChangedAt();
    void setChangedAt(long epochMillis);
}
