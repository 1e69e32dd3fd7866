package de.tieredsupport.contingent.jira;

import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/** The plugin's services wired to an in-memory host, on the host's own clock so tests never read today's date. */
public final class InMemoryPluginServices {

    private InMemoryPluginServices() {
    }

    public static PluginServices over(InMemoryHost host) {
        return new PluginServices(host.clock, host.contracts, host.bookings, host.totals, host.topUps,
                host.suspensions, host.alerts, host.closes, host.audit, host.lock, host.transactions, host.rights,
                host.levels, host.issues, host.sender, host.requestKeys, host.decisionLinkStore, host.decisionMailer);
    }
}
