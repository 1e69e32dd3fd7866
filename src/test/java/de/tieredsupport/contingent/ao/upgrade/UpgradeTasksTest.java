package de.tieredsupport.contingent.ao.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.AoBookingStore;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.Test;
import org.w3c.dom.NodeList;

/** Upgrade tasks are numbered without gaps, declared in order, and bring an empty database to the model. */
public class UpgradeTasksTest {

    private static List<ActiveObjectsUpgradeTask> declaredTasks() throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml")).getElementsByTagName("upgradeTask");
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            tasks.add((ActiveObjectsUpgradeTask) Class.forName(nodes.item(i).getTextContent().trim())
                    .getDeclaredConstructor().newInstance());
        }
        return tasks;
    }

    @Test
    public void tasksAreNumberedOneToNInDeclarationOrder() throws Exception {
        List<ActiveObjectsUpgradeTask> tasks = declaredTasks();
        assertTrue("version 1 is the initial model", !tasks.isEmpty());
        for (int i = 0; i < tasks.size(); i++) {
            String number = String.format("%03d", i + 1);
            assertTrue(tasks.get(i).getClass().getSimpleName().startsWith("UpgradeTask" + number));
            assertTrue(tasks.get(i).getModelVersion().isSame(ModelVersion.valueOf(String.valueOf(i + 1))));
        }
    }

    @Test
    public void upgradingAnEmptyDatabaseCreatesEveryTableAndCanRunAgain() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.inMemoryH2()) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ModelVersion current = ModelVersion.valueOf(null);
            for (int pass = 0; pass < 2; pass++) {
                for (ActiveObjectsUpgradeTask task : declaredTasks()) {
                    task.upgrade(current, ao);
                }
            }
            try (java.sql.Connection connection = database.entityManager().getProvider().getConnection();
                 java.sql.ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC",
                         database.tablePrefix() + "%", null)) {
                int count = 0;
                while (tables.next()) {
                    count++;
                }
                assertEquals(Entities.all().length, count);
            }
            assertTrue(new AoBookingStore(ao).find(1).isEmpty());
        }
    }
}
