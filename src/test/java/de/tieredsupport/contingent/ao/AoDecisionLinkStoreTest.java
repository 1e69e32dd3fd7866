package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.DecisionToken;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Decision links and the contract's decision makers on real Active Objects (H2). */
public class AoDecisionLinkStoreTest {

    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final DecisionMaker ERIKA = new DecisionMaker("Erika Mustermann", "erika@kunde.example", "de");

    private AoTestDatabase database;
    private TestActiveObjects ao;

    @Before
    public void migrate() throws Exception {
        database = AoTestDatabase.inMemoryH2();
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
        AoDecisionLinkStore store = new AoDecisionLinkStore(ao);
        String token = DecisionToken.create(new java.security.SecureRandom());
        Contract contract = TestData.seedContract(YearMonth.of(2026, 1));
        DecisionLink link = DecisionLink.issue(DecisionToken.hash(token), contract, DEC, SupportLevel.L2, 720,
                ERIKA, NOW);
        store.add(link);

        assertEquals(link, store.findByHash(DecisionToken.hash(token)).orElseThrow());
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), link.expiresAt());
        assertTrue(store.findByHash(DecisionToken.hash(token.substring(1) + "A")).isEmpty());
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + database.tablePrefix() + "DECISION_LINK")) {
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
    public void keepsUseAndOutcomeAndListsTheRequestOfALevelAndMonth() {
        AoDecisionLinkStore store = new AoDecisionLinkStore(ao);
        Contract contract = TestData.seedContract(YearMonth.of(2026, 1));
        DecisionLink first = DecisionLink.issue("a".repeat(64), contract, DEC, SupportLevel.L2, 720, ERIKA, NOW);
        DecisionLink second = DecisionLink.issue("b".repeat(64), contract, DEC, SupportLevel.L2, 720,
                new DecisionMaker("John Doe", "john@kunde.example", "en"), NOW);
        DecisionLink otherLevel = DecisionLink.issue("c".repeat(64), contract, DEC, SupportLevel.L3, 720, ERIKA,
                NOW);
        store.add(first);
        store.add(second);
        store.add(otherLevel);

        DecisionLink.Outcome outcome = new DecisionLink.Outcome(DecisionLink.Kind.TOP_UP, 120, "Erika Mustermann",
                true, NOW.plusSeconds(60));
        store.update(first.usedAt(NOW.plusSeconds(60)).withOutcome(outcome));
        store.update(second.withOutcome(outcome));

        List<DecisionLink> request = store.findRequest(contract.projectId(), DEC, SupportLevel.L2);
        assertEquals(List.of(first.usedAt(NOW.plusSeconds(60)).withOutcome(outcome), second.withOutcome(outcome)),
                request);
        assertEquals(List.of(otherLevel), store.findRequest(contract.projectId(), DEC, SupportLevel.L3));
    }

    @Test
    public void contractTermsKeepTheirDecisionMakersAndThreshold() {
        AoContractStore contracts = new AoContractStore(ao);
        Terms terms = TestData.seedTerms(YearMonth.of(2026, 1)).thresholds(50, 80, 100).decisionThreshold(50)
                .decisionMakers(ERIKA, new DecisionMaker("John \"JD\" Doe, Jr.", "john@kunde.example", "en"))
                .build();
        contracts.save(TestData.contract(terms));
        Terms read = contracts.find(TestData.PROJECT).orElseThrow().versions().get(0);
        assertEquals(terms.decisionMakers(), read.decisionMakers());
        assertEquals(Integer.valueOf(50), read.decisionThreshold());

        Terms plain = TestData.seedTerms(YearMonth.of(2026, 2)).build();
        contracts.save(TestData.contract(terms, plain));
        Terms readPlain = contracts.find(TestData.PROJECT).orElseThrow().versions().get(1);
        assertEquals(List.of(), readPlain.decisionMakers());
        assertEquals(null, readPlain.decisionThreshold());
    }
}
