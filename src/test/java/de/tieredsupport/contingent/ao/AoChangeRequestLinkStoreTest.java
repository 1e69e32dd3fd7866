package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.DecisionToken;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** Change-request decision links on real Active Objects, H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class AoChangeRequestLinkStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final DecisionMaker ERIKA = new DecisionMaker("Erika Mustermann", "erika@kunde.example", "de");
    private static final DecisionMaker JOHN = new DecisionMaker("John \"JD\" O'Doe", "john@kunde.example", "en");

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private final AoTestDatabase.Kind kind;
    private AoTestDatabase database;
    private TestActiveObjects ao;

    public AoChangeRequestLinkStoreTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }

    @Before
    public void migrate() throws Exception {
        database = AoTestDatabase.fresh(kind, "ao_cr_link");
        ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
    }

    @After
    public void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    public void storesOnlyTheHashAndFindsTheLinkByIt() throws Exception {
        AoChangeRequestLinkStore store = new AoChangeRequestLinkStore(ao);
        String token = DecisionToken.create(new SecureRandom());
        ChangeRequestLink link = ChangeRequestLink.issue(DecisionToken.hash(token), 10_000L, 501L, "ACME-1", 1,
                ERIKA, NOW);
        store.add(link);

        assertEquals(link, store.findByHash(DecisionToken.hash(token)).orElseThrow());
        assertEquals(Instant.parse("2027-01-02T09:00:00Z"), link.expiresAt());
        assertTrue(store.findByHash(DecisionToken.hash(token.substring(1) + "A")).isEmpty());
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM \"" + database.tablePrefix() + "CR_LINK\"")) {
            assertTrue(rows.next());
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                String value = rows.getString(column);
                if (value != null && value.contains(token)) {
                    fail("the token itself is stored in " + rows.getMetaData().getColumnName(column));
                }
            }
        }
    }

    @Test
    public void keepsTheUseAndListsTheLinksOfARound() {
        AoChangeRequestLinkStore store = new AoChangeRequestLinkStore(ao);
        ChangeRequestLink first = ChangeRequestLink.issue("a".repeat(64), 10_000L, 501L, "ACME-1", 1, ERIKA, NOW);
        ChangeRequestLink second = ChangeRequestLink.issue("b".repeat(64), 10_000L, 501L, "ACME-1", 1, JOHN, NOW);
        ChangeRequestLink nextRound = ChangeRequestLink.issue("c".repeat(64), 10_000L, 501L, "ACME-1", 2, ERIKA,
                NOW.plusSeconds(3600));
        ChangeRequestLink otherIssue = ChangeRequestLink.issue("d".repeat(64), 10_000L, 502L, "ACME-2", 1, ERIKA,
                NOW);
        store.add(first);
        store.add(second);
        store.add(nextRound);
        store.add(otherIssue);

        store.update(first.usedAt(NOW.plusSeconds(60)));

        assertEquals(List.of(first.usedAt(NOW.plusSeconds(60)), second), store.findRound(10_000L, 501L, 1));
        assertEquals(List.of(nextRound), store.findRound(10_000L, 501L, 2));
        assertEquals(List.of(), store.findRound(10_001L, 501L, 1));
        assertEquals(JOHN, store.findByHash("b".repeat(64)).orElseThrow().maker());
    }
}
