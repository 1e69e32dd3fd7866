package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;

/** The default H2 file database keeps everything across a restart, and demo data is seeded once. */
public class SandboxRestartTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void restartOnTheSameFileKeepsDataAndDoesNotSeedTwice() throws Exception {
        Path file = folder.getRoot().toPath().resolve("sandbox");
        long worklogs;
        long added;
        try (Sandbox first = Sandbox.start(SandboxOptions.defaults().port(0).h2File(file))) {
            assertEquals(DemoData.Outcome.SEEDED, first.demoData());
            FakeIssue issue = first.jira().issues.findByKey("MUE-5");
            FakeWorklog worklog = first.jira().worklogs.create(issue, FakeUsers.AGENT,
                    first.jira().clock.instant().minusSeconds(120), 100, "nach dem Neustart noch da");
            added = worklog.getId();
            worklogs = first.jira().worklogs.count();
        }
        assertTrue(file.resolveSibling("sandbox.mv.db").toFile().isFile());

        try (Sandbox second = Sandbox.start(SandboxOptions.defaults().port(0).h2File(file))) {
            assertEquals(DemoData.Outcome.ALREADY_PRESENT, second.demoData());
            assertEquals(3, second.tables().contracts());
            assertEquals(worklogs, second.jira().worklogs.count());
            assertEquals(21, second.jira().projects.all().stream()
                    .mapToInt(p -> second.jira().issues.findByProject(p.id()).size()).sum());
            // quarter-hour rounding to the nearest, never below one increment
            assertEquals(900, second.tables().booking(added).orElseThrow().billedSeconds());
            assertEquals(200, new SandboxClient(second.baseUrl()).get("/browse/MUE-5", FakeUsers.AGENT)
                    .statusCode());
        }
    }
}
