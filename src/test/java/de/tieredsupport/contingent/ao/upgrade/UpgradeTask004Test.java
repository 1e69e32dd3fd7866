package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoContractStore;
import de.tieredsupport.contingent.ao.AoDecisionLinkStore;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 3 with a contract in it: after the upgrade to version 4 its terms read as terms without
 * decision makers and with the default decision threshold, and decision links can be stored.
 */
public class UpgradeTask004Test {

    @Test
    public void versionTwoTermsReadWithoutDecisionMakersAndLinksCanBeStored() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            Terms terms = TestData.seedTerms(YearMonth.of(2026, 11)).build();
            new AoContractStore(ao).save(TestData.contract(terms));
            String prefix = database.tablePrefix();
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement()) {
                // what version 3 did not have
                sql.execute("ALTER TABLE " + prefix + "CONTRACT_TERMS DROP COLUMN DECISION_MAKERS");
                sql.execute("ALTER TABLE " + prefix + "CONTRACT_TERMS DROP COLUMN DECISION_THRESHOLD");
                sql.execute("DROP TABLE " + prefix + "DECISION_LINK");
            }

            new UpgradeTask004DecisionMakersAndLinks().upgrade(ModelVersion.valueOf("3"), ao);

            Contract contract = new AoContractStore(ao).find(TestData.PROJECT).orElseThrow();
            Terms read = contract.versions().get(0);
            assertEquals(List.of(), read.decisionMakers());
            assertEquals(Optional.of(80), read.decisionThresholdPercent());
            assertEquals(terms.recipients(), read.recipients());

            AoDecisionLinkStore links = new AoDecisionLinkStore(ao);
            DecisionLink link = DecisionLink.issue("f".repeat(64), contract, YearMonth.of(2026, 11), SupportLevel.L1,
                    480, new DecisionMaker("Erika", "erika@kunde.example", "de"),
                    Instant.parse("2026-11-10T09:00:00Z"));
            links.add(link);
            assertEquals(link, links.findByHash("f".repeat(64)).orElseThrow());
            assertTrue(new UpgradeTask004DecisionMakersAndLinks().getModelVersion()
                    .isSame(ModelVersion.valueOf("4")));
        }
    }
}
