package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 2: nullable columns only. Fired alerts name the worklog that crossed the threshold; audit entries
 * keep their type and parameters as data. Rows of version 1 keep null there and are read as before (an alert without
 * crossing, an audit entry shown with its stored text).
 */
public final class UpgradeTask002AlertCrossingAndAuditParameters implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
