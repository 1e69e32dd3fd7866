package de.tieredsupport.contingent.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.Entities;

/**
 * Model version 1: the initial tables. Every later schema change gets the next number, its own class and a
 * test that upgrades a database of the previous version with data in it.
 */
public final class UpgradeTask001InitialModel implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
