package de.tieredsupport.contingent.sandbox;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.permission.ProjectPermissions;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeProject;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * A customer whose every user-supplied text is an injection attempt, added to a running sandbox as it would reach the plugin in
 * Jira (its REST API as the hostile billing manager, worklogs through Jira's events): the project name, the ticket summaries (script, attribute break-out, textarea break-out,
 * {@code javascript:} URL and spreadsheet formulas), the key and display name of the billing manager who grants a
 * top-up, suspends a level and closes the previous month, the reasons of both decisions, and an alert recipient with
 * an apostrophe. A booking in the current month crosses 80 % so that an alert mail is queued. Every element an
 * injection could create carries the class {@value #INJECTED_CLASS}, every script calls {@code alert}.
 */
final class HostileContent {

    static final String INJECTED_CLASS = "xss-injected";
    static final long PROJECT_ID = 10099;
    static final String PROJECT_KEY = "XSS";
    static final String PROJECT_NAME = "<img src=x onerror=alert(201) class=xss-injected> \"Quote\" & 'Apostrophe' AG";
    /** Key and display name of the billing manager; Jira user keys are free text to the plugin. */
    static final String MANAGER_KEY = "<svg onload=alert(401) class=xss-injected>";
    static final String MANAGER_NAME = "\"><img src=x onerror=alert(402) class=xss-injected>";
    static final String TOP_UP_REASON = "</textarea><script>alert(301)</script>";
    static final String SUSPENSION_REASON = "\"><svg onload=alert(302) class=xss-injected>";
    static final String RECIPIENT = "o'brien+alerts@xss.example";

    /** Ticket summaries, XSS-1 onwards. */
    static final List<String> SUMMARIES = List.of(
            "<script>alert(101)</script>",
            "\"><img src=x onerror=alert(102) class=xss-injected>",
            "'';!--\"<XSS>=&{()}",
            "</textarea><svg onload=alert(104) class=xss-injected>",
            "javascript:alert(105)",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1,2)",
            "<b class=xss-injected onmouseover=alert(110)>bold</b>",
            "\t=1+1");

    /** Every hostile text the screens may show. */
    static List<String> allTexts() {
        List<String> texts = new ArrayList<>(SUMMARIES);
        texts.addAll(List.of(PROJECT_NAME, MANAGER_KEY, MANAGER_NAME, TOP_UP_REASON, SUSPENSION_REASON, RECIPIENT));
        return texts;
    }

    private HostileContent() {
    }

    /** Adds the customer to the sandbox (demo data must be there: the clock's current month is used). */
    static void seed(Sandbox sandbox) {
        FakeJira jira = sandbox.jira();
        YearMonth current = YearMonth.now(FakeJira.USER_ZONE);
        YearMonth previous = current.minusMonths(1);
        FakeProject project = jira.addProject(PROJECT_ID, PROJECT_KEY, PROJECT_NAME);
        jira.users.register(new FakeUser(MANAGER_KEY, MANAGER_NAME, "mallory@xss.example"));
        jira.permissions.grant(PROJECT_ID, MANAGER_KEY, ProjectPermissions.ADMINISTER_PROJECTS,
                ProjectPermissions.BROWSE_PROJECTS);

        sandbox.rest().putTerms(FakeUsers.MANAGER, PROJECT_KEY, previous, TermsJson.terms()
                .level("L1", 60, "70").level("L2", 600, "80").level("L3", 600, "90").recipients(RECIPIENT).json());

        Instant previousStart = previous.atDay(3).atTime(9, 0).atZone(FakeJira.USER_ZONE).toInstant();
        List<FakeIssue> issues = new ArrayList<>();
        for (int i = 0; i < SUMMARIES.size(); i++) {
            FakeIssue issue = jira.issues.create(PROJECT_ID * 100 + i + 1, project, PROJECT_KEY + "-" + (i + 1),
                    SUMMARIES.get(i), i % 2 == 0 ? "L2" : "L3");
            issues.add(issue);
            book(sandbox, issue, previousStart.plusSeconds(3_600L * i), 10 * 60);
        }
        sandbox.rest().closeMonth(MANAGER_KEY, PROJECT_KEY, previous);

        // the current month: the first ticket's 1st level crosses 80 % of its hour, so an alert is mailed
        jira.issues.setSupportLevel(issues.get(0).getId(), "L1");
        Instant now = jira.clock.instant();
        Instant start = current.atDay(1).atStartOfDay(FakeJira.USER_ZONE).toInstant();
        book(sandbox, issues.get(0), now.minusSeconds(3_600).isAfter(start) ? now.minusSeconds(3_600) : start,
                55 * 60);
        jira.issues.setSupportLevel(issues.get(1).getId(), "L2");
        book(sandbox, issues.get(1), now.minusSeconds(60).isAfter(start) ? now.minusSeconds(60) : start, 20 * 60);

        sandbox.rest().topUp(MANAGER_KEY, PROJECT_KEY, current, "L2", 60, TOP_UP_REASON);
        sandbox.rest().suspend(MANAGER_KEY, PROJECT_KEY, "L3", SUSPENSION_REASON);
    }

    private static void book(Sandbox sandbox, FakeIssue issue, Instant start, long seconds) {
        sandbox.jira().worklogs.create(issue, FakeUsers.AGENT, start, seconds, "<i class=xss-injected>comment</i>");
    }

    /** The Jira report URL of the billing report of a month of the hostile customer. */
    static String reportPath(YearMonth month) {
        return "/secure/ConfigureReport.jspa?selectedProjectId=" + PROJECT_ID
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + month;
    }

    static String excelPath(YearMonth month) {
        return "/secure/ConfigureReport!excelView.jspa?selectedProjectId=" + PROJECT_ID
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + month;
    }

    static String settingsPath() {
        return Sandbox.PLUGIN_SERVLETS + "/support-contingent/contract?projectKey=" + PROJECT_KEY;
    }

    static String dashboardPath(YearMonth month) {
        return "/secure/Dashboard.jspa?projectKey=" + PROJECT_KEY + "&month=" + month;
    }
}
