package de.tieredsupport.contingent.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

import com.atlassian.activeobjects.external.ActiveObjects;

import de.tieredsupport.contingent.sandbox.web.PluginDescriptor;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import net.java.ao.RawEntity;

/**
 * Emulation of Jira's Active Objects plugin (not on Maven Central) on the real {@code net.java.ao}: {@link ActiveObjects}
 * is an OSGi service each plugin bundle gets its own instance of, for the tables of its {@code <ao>} module. On the
 * first lookup by a bundle, the module's entity classes are loaded through that bundle (AO builds its entity proxies
 * with their class loader, as in Jira) and their tables are created or updated; the tables are named from the
 * module's namespace with AO's Atlassian converters. Upgrade tasks are built by the plugin's container elsewhere
 * (the model version bookkeeping of Jira's AO plugin is not emulated: every start migrates to the entities).
 */
final class PluginActiveObjects implements ServiceFactory<ActiveObjects> {

    private final AoTestDatabase database;

    PluginActiveObjects(AoTestDatabase database) {
        this.database = database;
    }

    @Override
    public ActiveObjects getService(Bundle bundle, ServiceRegistration<ActiveObjects> registration) {
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        String prefix = AoTestDatabase.tablePrefixFor(descriptor.aoNamespace());
        if (!prefix.equals(database.tablePrefix())) {
            throw new IllegalStateException("The <ao> module's namespace gives the table prefix " + prefix
                    + ", the sandbox database uses " + database.tablePrefix());
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                @SuppressWarnings("unchecked")
                Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) bundle.loadClass(name)
                        .asSubclass(RawEntity.class);
                entities.add(entity);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The <ao> module names " + name + ", which the bundle lacks", e);
            }
        }
        TestActiveObjects activeObjects = new TestActiveObjects(database.entityManager());
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] all = entities.toArray(new Class[0]);
        activeObjects.migrate(all);
        return activeObjects;
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<ActiveObjects> registration, ActiveObjects service) {
        // the entity manager belongs to the sandbox database and is closed with it
    }
}
