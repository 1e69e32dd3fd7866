package de.tieredsupport.contingent.wiring;

import de.tieredsupport.contingent.jira.holidays.JollydayHolidayCalendars;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.port.UserDirectory;

/** The plugin's services wired to an in-memory host, on the host's own clock so tests never read today's date. */
public final class InMemoryPluginServices {

    /** The plugin's own holiday calendars (Jollyday), shared: they keep what they computed. */
    private static final JollydayHolidayCalendars HOLIDAYS = new JollydayHolidayCalendars();

    private InMemoryPluginServices() {
    }

    public static PluginServices over(InMemoryHost host) {
        return over(host, host.users);
    }

    /** The same with display names from another directory. */
    public static PluginServices over(InMemoryHost host, UserDirectory users) {
        return new PluginServices(host.clock, host.contracts, host.bookings, host.totals, host.topUps,
                host.suspensions, host.alerts, host.closes, host.audit, host.lock, host.transactions, host.rights,
                host.levels, host.issues, host.sender, host.requestKeys, users, host.categories,
                host.reconciliationCursor, host.decisionLinkStore, host.decisionMailer, host.changeRequests,
                host.changeRequestNotifier, host.changeRequestLinks, host.changeRequestMailer, HOLIDAYS);
    }
}
