package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.RequestCategory.CHANGE_REQUEST;
import static de.tieredsupport.contingent.domain.RequestCategory.DEFECT;
import static de.tieredsupport.contingent.domain.RequestCategory.QUESTION;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueCategories;
import de.tieredsupport.contingent.service.port.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class ChangeRequestCategoryTest {

    private static final long ACME = 10_000L;
    private static final long BETA = 10_001L;

    private InMemoryHost host;
    private ChangeRequestCategory useCase;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-03-16T12:00");
        host.rights.browser("agent", ACME).projectAdmin("manager", ACME).browser("beta-agent", BETA);
        host.categories.add(501, "ACME-1", ACME).add(502, "ACME-2", ACME).add(601, "BETA-1", BETA);
        useCase = new ChangeRequestCategory(host.policy, host.categories, host.audit, host.clock);
    }

    @Test
    public void anAgentClassifiesATicketAndTheChangeIsStoredAndAudited() {
        ChangeRequestCategory.Result result = useCase.change("agent", ACME, "ACME-1", CHANGE_REQUEST);

        assertEquals(new ChangeRequestCategory.Result("ACME-1", QUESTION, CHANGE_REQUEST, true), result);
        assertEquals(Optional.of(CHANGE_REQUEST), host.categories.stored(501));
        assertEquals(List.of(new InMemoryIssueCategories.Write(501, CHANGE_REQUEST, "agent")),
                host.categories.writes());
        AuditEntry audit = host.audit.entries().get(host.audit.entries().size() - 1);
        assertEquals(AuditEntry.Action.CHANGE_CATEGORY, audit.action());
        assertEquals(ACME, audit.projectId());
        assertEquals("agent", audit.actor());
        assertEquals(Instant.parse("2026-03-16T11:00:00Z"), audit.at());
        assertEquals(Map.of("issueKey", "ACME-1", "issueId", "501", "from", "QUESTION", "to", "CHANGE_REQUEST"),
                audit.parameters());
        assertEquals("Issue ACME-1: Question -> Change request", audit.details());
    }

    @Test
    public void aSecondChangeNamesTheStoredCategoryAsPrevious() {
        useCase.change("agent", ACME, "ACME-1", DEFECT);
        ChangeRequestCategory.Result result = useCase.change("manager", ACME, "ACME-1", CHANGE_REQUEST);

        assertEquals(DEFECT, result.previous());
        assertEquals("DEFECT", host.audit.entries().get(host.audit.entries().size() - 1).parameters().get("from"));
        assertEquals(2, host.categories.writes().size());
    }

    @Test
    public void theCategoryTheTicketHasStoresAndAuditsNothing() {
        useCase.change("agent", ACME, "ACME-1", DEFECT);
        int audited = host.audit.entries().size();
        ChangeRequestCategory.Result again = useCase.change("agent", ACME, "ACME-1", DEFECT);

        assertFalse(again.changed());
        assertEquals(DEFECT, again.previous());
        assertEquals(1, host.categories.writes().size());
        assertEquals(audited, host.audit.entries().size());
    }

    @Test
    public void questionOnATicketWithoutCategoryIsStoredSoTheFieldSaysWhatWasDecided() {
        ChangeRequestCategory.Result result = useCase.change("agent", ACME, "ACME-2", QUESTION);

        assertTrue(result.changed());
        assertEquals(Optional.of(QUESTION), host.categories.stored(502));
    }

    @Test
    public void anOutsiderAndAnonymousGetTheUnknownProjectAndNothingIsStored() {
        assertThrows(ProjectNotVisibleException.class, () -> useCase.change("outsider", ACME, "ACME-1", DEFECT));
        assertThrows(ProjectNotVisibleException.class, () -> useCase.change(null, ACME, "ACME-1", DEFECT));
        // an agent of another project as well, even for a key that exists
        assertThrows(ProjectNotVisibleException.class, () -> useCase.change("beta-agent", ACME, "ACME-1", DEFECT));
        assertEquals(List.of(), host.categories.writes());
        assertEquals(List.of(), host.audit.entries());
    }

    @Test
    public void anIssueOfAnotherProjectOrHiddenFromTheAgentIsUnknown() {
        host.categories.hide("ACME-2", "agent");
        for (String key : new String[] {"BETA-1", "ACME-2", "ACME-99", null}) {
            NotFoundException e = assertThrows(NotFoundException.class,
                    () -> useCase.change("agent", ACME, key, DEFECT));
            assertEquals("issue.unknown", e.code());
        }
        assertEquals(List.of(), host.categories.writes());
        assertEquals(List.of(), host.audit.entries());
    }

    @Test
    public void thePolicyLetsEveryoneWhoBrowsesTheProjectChangeCategories() {
        AccessPolicy policy = host.policy;
        assertTrue(policy.canChangeCategory("agent", ACME));
        assertTrue(policy.canChangeCategory("manager", ACME));
        assertTrue(policy.canChangeCategory(InMemoryHost.ADMIN, ACME));
        assertFalse(policy.canChangeCategory("outsider", ACME));
        assertFalse(policy.canChangeCategory("beta-agent", ACME));
        assertFalse(policy.canChangeCategory(null, ACME));
    }

    @Test
    public void everyCategoryCanBeSet() {
        for (RequestCategory category : RequestCategory.values()) {
            assertEquals(category, useCase.change("agent", ACME, "ACME-1", category).category());
            assertEquals(Optional.of(category), host.categories.stored(501));
        }
    }
}
