package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * One row: how far the reconciliation has read Jira's worklog changes. Times are epoch milliseconds; every column is
 * nullable (null: not read yet). {@code NEXT_PROJECT_ID} of model versions 1 to 5 (the contract the next issue-by-issue
 * run started with) is no longer declared or read.
 */
@Table("RECON_CURSOR")
public interface ReconciliationCursorEntity extends Entity {

    Long getUpdatedAtMillis();
    void setUpdatedAtMillis(Long millis);

    Long getUpdatedWorklogId();
    void setUpdatedWorklogId(Long worklogId);

    Long getDeletedAtMillis();
    void setDeletedAtMillis(Long millis);

    Long getDeletedWorklogId();
    void setDeletedWorklogId(Long worklogId);

    Long getSweptToWorklogId();
    void setSweptToWorklogId(Long worklogId);
}
