package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 4: new nullable columns and one new table only. Contract terms get their decision makers
 * ({@code DECISION_MAKERS}) and decision threshold ({@code DECISION_THRESHOLD}); decision links get their own table
 * ({@code DECISION_LINK}). Rows of earlier versions keep null there and are read as terms without decision makers and with
 * the default decision threshold.
 */
public final class UpgradeTask004DecisionMakersAndLinks implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
