package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoMonthCloseStore;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.service.port.ChangedMonth;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;

/**
 * A database of model version 6 with a changed closed month: after the upgrade to version 7 the month is still marked,
 * without a kept result (so the report computes it as before), and a result can be kept and is forgotten by the next
 * change.
 */
public class UpgradeTask007Test {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    public void aVersionSixMarkReadsWithoutAKeptResultAndResultsCanBeKept() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            String prefix = database.tablePrefix();
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement sql = connection.createStatement()) {
                // what version 6 did not have, and a mark as version 6 wrote it
                sql.execute("ALTER TABLE " + prefix + "CHANGED_MONTH DROP COLUMN CURRENT_RESULT");
                sql.execute("INSERT INTO " + prefix + "CHANGED_MONTH (PROJECT_ID, BILLING_MONTH) VALUES ("
                        + TestData.PROJECT + ", 202603)");
            }

            new UpgradeTask007ChangedMonthResults().upgrade(ModelVersion.valueOf("6"), ao);

            AoMonthCloseStore closes = new AoMonthCloseStore(ao);
            assertEquals(List.of(MARCH), closes.findChangedMonths(TestData.PROJECT));
            assertEquals(List.of(new ChangedMonth(MARCH, Optional.empty())), closes.findChanged(TestData.PROJECT));

            MonthResult now = MonthCalculator.compute(TestData.seedContract(MARCH), MARCH,
                    List.of(TestData.booking(1).issue(7).at("2026-03-02T09:00").minutes(35).build()), List.of(),
                    LevelMinutes.ZERO);
            closes.saveCurrentResult(now);
            assertEquals(List.of(new ChangedMonth(MARCH, Optional.of(now))), closes.findChanged(TestData.PROJECT));
            closes.markChanged(TestData.PROJECT, MARCH);
            assertEquals("a change forgets the kept result", List.of(new ChangedMonth(MARCH, Optional.empty())),
                    closes.findChanged(TestData.PROJECT));
            assertTrue(new UpgradeTask007ChangedMonthResults().getModelVersion().isSame(ModelVersion.valueOf("7")));
        }
    }
}
