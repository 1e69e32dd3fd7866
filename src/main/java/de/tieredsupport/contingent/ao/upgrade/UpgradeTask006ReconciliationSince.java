package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 6: the reconciliation reads the worklogs Jira changed since its last run. Nullable columns only, on the
 * cursor's one row ({@code RECON_CURSOR}): {@code UPDATED_AT_MILLIS}, {@code UPDATED_WORKLOG_ID},
 * {@code DELETED_AT_MILLIS}, {@code DELETED_WORKLOG_ID}, {@code SWEPT_TO_WORKLOG_ID}. A row of an earlier version keeps
 * null there, which reads as "not read yet": the first run reads from the start of the open months.
 * {@code NEXT_PROJECT_ID} is no longer declared or read.
 */
public final class UpgradeTask006ReconciliationSince implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
