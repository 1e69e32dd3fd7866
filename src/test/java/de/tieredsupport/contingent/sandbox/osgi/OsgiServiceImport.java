package de.tieredsupport.contingent.sandbox.osgi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.springframework.beans.factory.FactoryBean;

/**
 * Emulation of what Spring Scanner's runtime makes of a {@code @ComponentImport}: a bean of the plugin's context
 * that is the host's OSGi service of that interface, looked up through the plugin bundle's own
 * {@link BundleContext}. The interface class comes through the bundle's class loader, so a host interface whose
 * package the bundle does not import fails here, as it would in Jira. Jira hands out a dynamic service proxy; the
 * sandbox's services live as long as the framework, so the service object itself is handed out.
 */
final class OsgiServiceImport<T> implements FactoryBean<T> {

    private final BundleContext bundleContext;
    private final Class<T> type;

    OsgiServiceImport(BundleContext bundleContext, Class<T> type) {
        this.bundleContext = bundleContext;
        this.type = type;
    }

    @Override
    public T getObject() {
        ServiceReference<?> reference = bundleContext.getServiceReference(type.getName());
        if (reference == null) {
            throw new IllegalStateException("No OSGi service " + type.getName() + " for bundle "
                    + bundleContext.getBundle().getSymbolicName() + ": the host does not provide it");
        }
        return type.cast(bundleContext.getService(reference));
    }

    @Override
    public Class<T> getObjectType() {
        return type;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
