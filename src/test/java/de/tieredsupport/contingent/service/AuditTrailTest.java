package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.function.UnaryOperator;

import org.junit.Test;

import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/** The audit list names people as Jira shows them, asking the user directory once per person and list. */
public class AuditTrailTest {

    private final InMemoryHost host = InMemoryHost.at("2026-04-10T09:00");
    private final AuditTrail trail = new AuditTrail(host.policy, host.audit, host.contracts,
            host.users.name("jdoe", "Jane Doe"));

    @Test
    public void aKnownUserIsShownByNameAndLookedUpOncePerList() {
        UnaryOperator<String> names = trail.displayNames();
        assertEquals("Jane Doe", names.apply("jdoe"));
        assertEquals("Jane Doe", names.apply("jdoe"));
        assertEquals(1, host.users.lookups());

        trail.displayNames().apply("jdoe");
        assertEquals("a new list asks again", 2, host.users.lookups());
    }

    @Test
    public void aUserWithoutANameIsShownByKeyAndNoUserByNothing() {
        UnaryOperator<String> names = trail.displayNames();
        assertEquals("mmuster", names.apply("mmuster"));
        assertNull(names.apply(null));
    }
}
