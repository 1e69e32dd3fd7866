package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 7: a changed closed month keeps what it computes to now ({@code CHANGED_MONTH.CURRENT_RESULT}), so the
 * report of the next open month reads its adjustments instead of computing every changed month. A nullable column only:
 * rows of earlier versions keep null, which the report computes as before, until the next close settles them.
 */
public final class UpgradeTask007ChangedMonthResults implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
