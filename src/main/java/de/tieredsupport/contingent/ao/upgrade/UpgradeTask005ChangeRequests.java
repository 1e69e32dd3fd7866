package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 5: change requests. New tables and nullable columns only: change-request rounds ({@code CR_ROUND})
 * and links ({@code CR_LINK}); bookings get {@code CHANGE_REQUEST_WORK} and ticket totals
 * {@code CHANGE_REQUEST_MINUTES}. Rows of earlier versions keep null there, which reads as normal support work,
 * so nothing is rewritten.
 */
public final class UpgradeTask005ChangeRequests implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
