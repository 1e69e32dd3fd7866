package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 2: new nullable columns and one new table only. Fired alerts name the worklog that crossed the
 * threshold; audit entries keep their type and parameters as data; a month close keeps its closed levels' figures
 * ({@code CLOSED_LEVELS}); idempotency keys of writes get their own table. Rows of version 1 keep null there and are
 * read as before (an alert without crossing, an audit entry shown with its stored text, a closed month's levels read
 * from its snapshot).
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
