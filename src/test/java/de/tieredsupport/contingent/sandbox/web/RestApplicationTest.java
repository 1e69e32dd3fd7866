package de.tieredsupport.contingent.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.Test;

import de.tieredsupport.contingent.sandbox.PluginRest;
import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.SandboxOptions;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * Jersey takes the plugin's REST module as {@link RestApplication} registers it without a warning about the
 * application (resource instances registered directly made it warn for every resource of every sandbox start that
 * the "provider … will be ignored"). What Jersey's request runtime reports about single responses, e.g. a client
 * that went away before the response was written, is not about the application and not counted here.
 */
public class RestApplicationTest {

    @Test
    public void jerseyTakesThePluginsResourcesWithoutWarnings() throws Exception {
        Logger jersey = Logger.getLogger("org.glassfish.jersey");
        List<String> warnings = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()
                        && !record.getLoggerName().startsWith("org.glassfish.jersey.server.ServerRuntime")) {
                    warnings.add(record.getLoggerName() + ": " + formatter.formatMessage(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jersey.addHandler(handler);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            // the demo data went through the REST API already; one more call of a resource and a provider's answer
            assertTrue(sandbox.rest().statuses(FakeUsers.ADMIN, YearMonth.now()).size() > 0);
            PluginRest.Failure unknown = assertThrows(PluginRest.Failure.class,
                    () -> sandbox.rest().contract(FakeUsers.ADMIN, "NOPE"));
            assertEquals(unknown.body(), 4, unknown.status() / 100);
        } finally {
            jersey.removeHandler(handler);
        }
        assertEquals(List.of(), warnings);
    }
}
