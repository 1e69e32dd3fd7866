package de.tieredsupport.contingent.jira.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.jira.plugin.report.ReportModuleDescriptor;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.action.ProjectActionSupport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.wiring.InMemoryPluginServices;
import de.tieredsupport.contingent.wiring.PluginServices;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.ChangeRequestFixture;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;
import de.tieredsupport.contingent.testsupport.velocity.VelocityAllowlist;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.NodeList;

/** The report module, its text-only model and its templates, against the declared Jira API. */
public class BillingReportTest {

    private static final long PROJECT = 10_000L;
    private static final String HOSTILE = "<script>alert(1)</script> Drucker & \"Scanner\"";

    private InMemoryHost host;
    private JiraAuthenticationContext authentication;
    private ProjectActionSupport action;
    private PageBuilderService pageBuilder;
    private RequiredResources requiredResources;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-11-10T12:00");
        host.configureSeed(PROJECT, "2026-11");
        host.rights.browser("agent", PROJECT);
        host.rights.projectAdmin("manager", PROJECT);
        host.levels.set(501, SupportLevel.L1);
        host.levels.set(502, SupportLevel.L2);
        host.issues.put(501, "ACME-1", HOSTILE);
        host.issues.put(502, "ACME-2", "Gro\u00dfe \u00c4nderung");
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 7 * 60);       // bills 10 min L1
        host.log(2, 501, PROJECT, "2026-11-03T09:00", 3 * 3600 + 1); // bills 3:05 L1
        host.log(3, 502, PROJECT, "2026-11-04T09:00", 95 * 60);      // bills 1:35 L2
        authentication = mock(JiraAuthenticationContext.class);
        action = mock(ProjectActionSupport.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(PROJECT);
        when(project.getKey()).thenReturn("ACME");
        when(project.getName()).thenReturn("ACME <GmbH>");
        when(action.getSelectedProjectObject()).thenReturn(project);
        pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        requiredResources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(requiredResources);
    }

    private PluginServices services() {
        return InMemoryPluginServices.over(host);
    }

    private BillingReportModule module(String userKey, Locale locale) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(userKey);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(authentication.getLocale()).thenReturn(locale);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18n(locale));
        return new BillingReportModule(services(), authentication, pageBuilder, jira("/jira"), host.clock);
    }

    /** SAL's application properties of a Jira at {@code http://jira.example:8080<contextPath>}. */
    private static ApplicationProperties jira(String contextPath) {
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn(contextPath);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("http://jira.example:8080" + contextPath);
        when(properties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("http://jira.example:8080" + contextPath);
        return properties;
    }

    private static Map<String, Object> params(String month) {
        Map<String, Object> params = new HashMap<>();
        params.put("month", month);
        return params;
    }

    @Test
    public void modelCarriesTheDomainsExactFiguresFormattedForTheReader() {
        BillingReportModel en = (BillingReportModel) module(InMemoryHost.ADMIN, Locale.ENGLISH)
                .context(action, params("2026-11")).get("report");

        ReportLevelRow l1 = en.levels().get(0);
        assertEquals("L1", l1.key());
        assertEquals("1st\u00a0level", l1.label());
        assertEquals("8h", l1.contingent());
        assertEquals("3h 15m", l1.billed());
        // 195 min at 70 EUR/h = 227.50 EUR, rounded once for the level line.
        assertEquals("\u20ac227.50", l1.amount());
        assertEquals(List.of("ACME-1"), l1.tickets().stream().map(ReportTicketRow::key).toList());
        assertEquals(HOSTILE, l1.tickets().get(0).summary());
        // 95 min at 80 EUR/h = 126.67 EUR (126.666... half up).
        assertEquals("\u20ac126.67", en.levels().get(1).amount());
        assertEquals("\u20ac354.17", en.totalAmount());
        assertEquals("November 2026", en.monthLabel());
        assertFalse(en.closed());

        BillingReportModel de = (BillingReportModel) module(InMemoryHost.ADMIN, Locale.GERMAN)
                .context(action, params("2026-11")).get("report");
        assertEquals("227,50\u00a0\u20ac", de.levels().get(0).amount());
        assertEquals("3h 15m", de.levels().get(0).billed());
        assertEquals("1st\u2011Level", de.levels().get(0).label());
        assertEquals("November 2026", de.monthLabel());
    }

    @Test
    public void withoutMoneyRightsTheReportExplainsInsteadOfFailing() {
        Map<String, Object> context = module("agent", Locale.ENGLISH).context(action, params("2026-11"));
        assertNull(context.get("report"));
        assertEquals(new BundleI18n(Locale.ENGLISH).getText("support-contingent.report.error.denied"),
                context.get("message"));
    }

    @Test
    public void aMalformedMonthIsRejectedOnTheForm() {
        BillingReportModule module = module(InMemoryHost.ADMIN, Locale.ENGLISH);
        module.validate(action, params("2026-13"));
        verify(action).addError(eq("month"), eq(new BundleI18n(Locale.ENGLISH).getText("support-contingent.report.error.month")));
        assertEquals(YearMonth.of(2026, 10), module.month(params("")));
    }

    /**
     * Issue 12: the report took {@code +10000-01} (and other months the REST API refuses) because it parsed with
     * {@code YearMonth.parse}; it now reads months with the REST API's validator.
     */
    @Test
    public void monthsTheRestApiRefusesAreRefusedHereToo() {
        String message = new BundleI18n(Locale.ENGLISH).getText("support-contingent.report.error.month");
        for (String month : new String[] {"+10000-01", "-2026-11", "1969-12", "3000-01", "9999-11", "2026-13",
            "2026-1", " 2026-11", "2026-11 ", "\uFF12\uFF10\uFF12\uFF16-\uFF11\uFF11"}) {
            action = mock(ProjectActionSupport.class);
            Project project = mock(Project.class);
            when(project.getId()).thenReturn(PROJECT);
            when(project.getKey()).thenReturn("ACME");
            when(action.getSelectedProjectObject()).thenReturn(project);
            BillingReportModule module = module(InMemoryHost.ADMIN, Locale.ENGLISH);
            module.validate(action, params(month));
            verify(action).addError(eq("month"), eq(message));
            Map<String, Object> context = module.context(action, params(month));
            assertNull(month, context.get("report"));
            assertEquals(month, message, context.get("message"));
        }
        assertEquals(YearMonth.of(2026, 11), module(InMemoryHost.ADMIN, Locale.ENGLISH).month(params("2026-11")));
    }

    @Test
    public void pageEscapesEveryUserTextAndShowsTheTotals() {
        Map<String, Object> context = module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);

        assertFalse("no raw script tag", html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Drucker &amp; &quot;Scanner&quot;"));
        assertTrue(html.contains("ACME &lt;GmbH&gt;"));
        assertTrue(html.contains("<td class=\"sc-num sc-amount sc-invoice-amount\" id=\"sc-invoice-total\">"
                + "\u20ac354.17</td>"));
        assertTrue(html.contains("../rest/support-contingent/1.0/projects/ACME/months/2026-11/billing.csv"));

        String excel = module(InMemoryHost.ADMIN, Locale.ENGLISH).generateReportExcel(action, params("2026-11"));
        assertFalse(excel.contains("<script>"));
        assertTrue(excel.contains("&lt;script&gt;alert(1)&lt;/script&gt; Drucker &amp; &quot;Scanner&quot;"));
        assertTrue(excel, excel.contains(" x:num=\"354.17\" "));
    }

    @Test
    public void anIssueTheReaderMayNotBrowseShowsItsKeyAndNoSummary() {
        host.issues.hide(502, InMemoryHost.ADMIN);
        Map<String, Object> context = module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);
        assertTrue(html.contains("ACME-2"));
        assertFalse(html.contains("Gro\u00dfe \u00c4nderung"));
        assertTrue(html.contains("(you may not view this issue)"));
        String excel = module(InMemoryHost.ADMIN, Locale.ENGLISH).generateReportExcel(action, params("2026-11"));
        assertTrue(excel, excel.contains(">ACME-2</td><td style=\"mso-number-format:'\\@'\"></td>"));
        assertFalse(excel.contains("Gro\u00dfe"));
    }

    @Test
    public void theExcelViewKeepsFormulaTextAsText() {
        host.issues.put(501, "ACME-1", " =HYPERLINK(\"http://evil.example\")");
        host.issues.put(502, "ACME-2", "\uFF1D1+1");
        String excel = module(InMemoryHost.ADMIN, Locale.ENGLISH).generateReportExcel(action, params("2026-11"));
        assertTrue(excel, excel.contains("'\">&#39; =HYPERLINK(&quot;http://evil.example&quot;)</td>"));
        assertTrue(excel, excel.contains("'\">&#39;\uFF1D1+1</td>"));
    }

    @Test
    public void germanPageUsesGermanLabels() {
        Map<String, Object> context = module(InMemoryHost.ADMIN, Locale.GERMAN).context(action, params("2026-11"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);
        assertTrue(html.contains("Rechnungsbetrag"));
        assertTrue(html.contains("Gro\u00dfe \u00c4nderung"));
    }

    @Test
    public void everyMethodTheTemplatesCallIsAllowlistedAndExists() throws Exception {
        Set<String> allowed = new TreeSet<>();
        for (String method : VelocityAllowlist.methods()) {
            allowed.add(method.substring(method.indexOf('#') + 1));
        }
        List<String> missing = new ArrayList<>();
        for (String template : List.of("templates/report/billing-report.vm")) {
            String text = new String(getClass().getClassLoader().getResourceAsStream(template).readAllBytes());
            Matcher call = Pattern.compile("\\$(report|level|ticket|adjustment)\\.(\\w+)\\(\\)").matcher(text);
            while (call.find()) {
                if (!allowed.contains(call.group(2))) {
                    missing.add(template + ": " + call.group(0));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void ticketKeysLinkToTheIssuesUnderJirasContextPath() {
        BillingReportModel model = report(InMemoryHost.ADMIN, "2026-11");
        ReportTicketRow ticket = model.levels().get(0).tickets().get(0);
        assertEquals("/jira/browse/ACME-1", ticket.url());
        assertEquals("/jira/browse/ACME-2", model.levels().get(1).tickets().get(0).url());

        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11")));
        assertTrue(html, html.contains(
                "<td class=\"sc-ticket-key\"><a class=\"sc-issue-link\" href=\"/jira/browse/ACME-1\">ACME-1</a></td>"));
        assertTrue(html.contains("<a class=\"sc-issue-link\" href=\"/jira/browse/ACME-2\">ACME-2</a>"));
        // the Excel view stays plain text (a spreadsheet opens no relative links)
        String excel = module(InMemoryHost.ADMIN, Locale.ENGLISH).generateReportExcel(action, params("2026-11"));
        assertFalse(excel.contains("/browse/"));
    }

    /**
     * Issue 14: what the customer decided through a decision link shows in the report, with the decision maker's name
     * and note as text; a manager's own top-up is not listed there.
     */
    @Test
    public void theCustomersDecisionsThroughLinksAreListedWithNameAndNote() {
        java.time.Instant at = InMemoryHost.berlin("2026-11-09T14:30");
        de.tieredsupport.contingent.domain.DecisionMaker maker = new de.tieredsupport.contingent.domain.DecisionMaker(
                "Petra <Schneider>", "petra@kunde.example", "de");
        host.topUps.add(new de.tieredsupport.contingent.domain.TopUp(PROJECT, YearMonth.of(2026, 11),
                SupportLevel.L3, Minutes.of(120), de.tieredsupport.contingent.domain.LinkDecider.actor(maker), "Go-live & tests",
                at));
        host.topUps.add(new de.tieredsupport.contingent.domain.TopUp(PROJECT, YearMonth.of(2026, 11),
                SupportLevel.L1, Minutes.of(60), "manager", "phone call", at));
        host.suspensions.save(new de.tieredsupport.contingent.domain.Suspension(PROJECT, YearMonth.of(2026, 11), 1,
                SupportLevel.L2, at, InMemoryHost.berlin("2026-12-01T00:00"),
                de.tieredsupport.contingent.domain.LinkDecider.actor(maker), "", null));

        BillingReportModel english = report(InMemoryHost.ADMIN, "2026-11");
        String when = new DisplayFormat(Locale.ENGLISH, ZoneId.of("Europe/Berlin")).dateTime(at); // Nov 9, 2026, 2:30 PM
        assertEquals(List.of("3rd\u00a0level: +2h on " + when + ", decided by Petra <Schneider> through a decision link."
                + " Note: Go-live & tests", "2nd\u00a0level suspended from " + when + " for the rest of the month, decided"
                + " by Petra <Schneider> through a decision link."), english.customerDecisions());
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11")));
        assertTrue(html, html.contains("decided by Petra &lt;Schneider&gt; through a decision link. Note: Go-live &amp; "
                + "tests</li>"));
        assertFalse("a manager's own top-up is not the customer's", html.contains("phone call"));

        String german = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.GERMAN).context(action, params("2026-11")));
        assertTrue(german, german.contains("Vom Kunden entschieden"));
        assertTrue(german, german.contains("entschieden von Petra &lt;Schneider&gt; \u00fcber einen Entscheidungslink."));
    }

    @Test
    public void changeRequestWorkHasItsOwnSectionOutsideTheLevelLines() {
        // approved 10 Nov 12:00; 2h on ACME-2 (L2) afterwards: 120 min x 80.00 / 60 = 160.00 outside the contingent
        ChangeRequestFixture.approve(host, PROJECT, 502, "New <export> format", 240, SupportLevel.L3, "Dana <Decider>");
        host.log(4, 502, PROJECT, "2026-11-11T09:00", 2 * 3600);
        BillingReportModel model = report(InMemoryHost.ADMIN, "2026-11");
        assertEquals("1h 35m", model.levels().get(1).billed());
        ReportChangeRequestRow row = model.changeRequests().get(0);
        assertEquals("ACME-2", row.key());
        assertEquals("4h", row.estimate());
        assertEquals("2h", row.thisMonth());
        assertEquals("50 %", row.percent());
        assertEquals("\u20ac160.00", row.amount());
        assertTrue(row.approval(), row.approval().endsWith("Dana <Decider> (through a decision link)"));

        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11")));
        assertTrue(html, html.contains("Dana &lt;Decider&gt; (through a decision link)"));
        assertTrue(html, html.contains("id=\"sc-change-requests-amount\">\u20ac160.00</td>"));
        // 354.17 of support + 160.00 of change-request work
        assertTrue(html, html.contains("id=\"sc-invoice-total\">\u20ac514.17</td>"));

        String excel = module(InMemoryHost.ADMIN, Locale.ENGLISH).generateReportExcel(action, params("2026-11"));
        assertTrue(excel, excel.contains("Change request ACME-2, 2nd\u00a0level"));
        assertTrue(excel, excel.contains(" x:num=\"160.00\" "));
        assertTrue(excel, excel.contains(" x:num=\"514.17\" "));

        String german = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.GERMAN).context(action, params("2026-11")));
        assertTrue(german, german.contains("Change Requests (au\u00dferhalb des Kontingents abgerechnet)"));
        assertTrue(german, german.contains("\u00fcber einen Entscheidungslink"));
    }

    @Test
    public void issueLinksWorkAtTheServersRootAndEncodeTheKey() {
        assertEquals("/browse/ACME-1", BillingReportModel.issueUrl("", "ACME-1"));
        assertEquals("/jira/browse/A%22%3E%3Cb%3E-1", BillingReportModel.issueUrl("/jira", "A\"><b>-1"));
        PluginServices services = services();
        BillingReportModel atRoot = BillingReportModel.of(
                services.billingReport().report(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11)), "ACME", "ACME",
                new DisplayFormat(Locale.ENGLISH, ZoneId.of("Europe/Berlin")), BillingReportModule.labels(new BundleI18n(Locale.ENGLISH)), true,
                host.clock.instant(), "/");
        assertEquals("/browse/ACME-1", atRoot.levels().get(0).tickets().get(0).url());
    }

    @Test
    public void anIssueJiraNoLongerKnowsIsNamedByIdWithoutALink() {
        host.levels.set(503, SupportLevel.L1);
        host.log(4, 503, PROJECT, "2026-11-05T09:00", 600); // issue 503 is not in Jira's issue lookup
        BillingReportModel model = report(InMemoryHost.ADMIN, "2026-11");
        ReportTicketRow unknown = model.levels().get(0).tickets().stream().filter(t -> t.key().equals("#503"))
                .findFirst().orElseThrow();
        assertNull(unknown.url());
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11")));
        assertTrue(html, html.contains("<td class=\"sc-ticket-key\">#503</td>"));
    }

    @Test
    public void theTotalsStandInTheAmountColumnWithTheAmountToInvoiceLast() {
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11")));
        String foot = html.substring(html.indexOf("<tfoot>"), html.indexOf("</tfoot>"));
        // twelve columns: level, contingent, top-ups, carry-in, used, in, over, suspended, billed, rate, amount,
        // carry-out
        assertTrue(foot, foot.replaceAll("\\s+", " ").contains("<tr class=\"sc-invoice-row\"> <th scope=\"row\" "
                + "colspan=\"10\">Amount to invoice</th> <td class=\"sc-num sc-amount sc-invoice-amount\" "
                + "id=\"sc-invoice-total\">\u20ac354.17</td> <td></td> </tr>"));
        assertTrue(foot.indexOf("sc-total-row") < foot.indexOf("sc-invoice-row"));
        assertFalse("no adjustments, no adjustments line", foot.contains("sc-adjustments-row"));
        assertEquals("one amount to invoice on the page", 1, html.split("sc-invoice-total", -1).length - 1);
    }

    @Test
    public void adjustmentsOfClosedMonthsAreALineBetweenTotalAndAmountToInvoice() {
        host.setTime("2026-12-05T10:00");
        services().closeMonth().close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11));
        host.log(5, 502, PROJECT, "2026-11-20T09:00", 30 * 60); // late: an adjustment of November in December
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-12")));
        String foot = html.substring(html.indexOf("<tfoot>"), html.indexOf("</tfoot>")).replaceAll("\\s+", " ");
        assertTrue(foot, foot.contains("<tr class=\"sc-adjustments-row\"> <th scope=\"row\" colspan=\"10\">"
                + "Adjustments in total</th> <td class=\"sc-num sc-amount\" id=\"sc-adjustments-amount\">"
                + "\u20ac40.00</td>"));
        assertTrue(foot.contains("id=\"sc-invoice-total\">\u20ac40.00</td>"));
        assertTrue(foot.indexOf("sc-total-row") < foot.indexOf("sc-adjustments-row"));
        assertTrue(foot.indexOf("sc-adjustments-row") < foot.indexOf("sc-invoice-row"));
    }

    @Test
    public void screenAndPrintStylesMakeTheAmountToInvoiceStandOut() throws Exception {
        for (String sheet : List.of("web/report/billing-report.css", "web/report/report-print.css")) {
            String css = new String(getClass().getClassLoader().getResourceAsStream(sheet).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sheet, css.contains("tr.sc-invoice-row > *"));
            assertTrue(sheet, css.contains("tfoot th[colspan]"));
            assertTrue(sheet, css.contains(".sc-invoice-amount"));
        }
    }

    // ---- closing the month from the report

    private BillingReportModel report(String userKey, String month) {
        return (BillingReportModel) module(userKey, Locale.ENGLISH).context(action, params(month)).get("report");
    }

    @Test
    public void billingManagersMayCloseAnOpenMonthOnceItHasEndedInTheContractsZone() {
        host.setTime("2026-11-30T23:59");
        assertFalse("November has not ended in Berlin", report(InMemoryHost.ADMIN, "2026-11").closable());

        host.setTime("2026-12-01T00:00");
        assertTrue("Jira admin", report(InMemoryHost.ADMIN, "2026-11").closable());
        assertTrue("project admin", report("manager", "2026-11").closable());
        assertFalse("the running month", report("manager", "2026-12").closable());
    }

    @Test
    public void agentsGetNeitherReportNorCloseButton() {
        host.setTime("2026-12-05T10:00");
        Map<String, Object> context = module("agent", Locale.ENGLISH).context(action, params("2026-11"));
        assertNull(context.get("report"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);
        assertFalse(html.contains("sc-close-month"));

        // the model follows the access policy's answer, whatever view it is given
        PluginServices services = services();
        BillingReportModel model = BillingReportModel.of(
                services.billingReport().report(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11)), "ACME", "ACME",
                new DisplayFormat(Locale.ENGLISH, ZoneId.of("Europe/Berlin")), BillingReportModule.labels(new BundleI18n(Locale.ENGLISH)),
                services.accessPolicy().canManage("agent", PROJECT), host.clock.instant(), "");
        assertFalse(model.closable());
    }

    @Test
    public void aClosedMonthCannotBeClosedAgain() {
        host.setTime("2026-12-05T10:00");
        services().closeMonth().close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11));
        BillingReportModel closed = report("manager", "2026-11");
        assertTrue(closed.closed());
        assertFalse(closed.closable());
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module("manager", Locale.ENGLISH).context(action, params("2026-11")));
        assertFalse(html.contains("sc-close-month"));
        assertTrue(html.contains("sc-closed"));
    }

    @Test
    public void closeButtonOpensAConfirmationWithEscapedTextsAndTheRestUrl() {
        host.setTime("2026-12-05T10:00");
        Map<String, Object> context = module("manager", Locale.ENGLISH).context(action, params("2026-11"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);

        assertTrue(html, html.contains("<button type=\"button\" class=\"aui-button aui-button-primary\" "
                + "id=\"sc-close-month-button\""));
        assertTrue(html.contains(">Close month</button>"));
        assertTrue(html.contains("data-url=\"../rest/support-contingent/1.0/projects/ACME/months/2026-11/close\""));
        assertTrue(html.contains("<dialog class=\"sc-dialog\" id=\"sc-close-month-dialog\""));
        assertTrue("the project name is text in the dialog",
                html.contains("<h2 id=\"sc-close-month-title\">Close November 2026 for ACME &lt;GmbH&gt;?</h2>"));
        assertTrue("and in the attribute", html.contains(
                "data-msg-confirm=\"Close November 2026 for ACME &lt;GmbH&gt;?\""));
        assertTrue(html.contains("id=\"sc-close-month-confirm\">Close November 2026</button>"));
        assertTrue("Cancel is the safe default", html.contains("id=\"sc-close-month-cancel\" autofocus>Cancel</button>"));
        assertTrue(html.contains("data-msg-failed=\"The month was not closed (HTTP {0}).\""));
        assertTrue(html.contains("id=\"sc-close-month-result\" role=\"alert\""));
        assertFalse(html.contains("<script>"));

        String german = new JiraLikeVelocity().render("templates/report/billing-report.vm",
                module("manager", Locale.GERMAN).context(action, params("2026-11")));
        assertTrue(german.contains(">Monat abschlie\u00dfen</button>"));
        assertTrue(german.contains("id=\"sc-close-month-cancel\" autofocus>Abbrechen</button>"));
    }

    @Test
    public void theReportViewRequiresTheDeclaredScriptResource() throws Exception {
        ReportModuleDescriptor descriptor = mock(ReportModuleDescriptor.class);
        when(descriptor.getHtml(eq("view"), anyMap())).thenReturn("<div></div>");
        BillingReportModule module = module("manager", Locale.ENGLISH);
        module.init(descriptor);
        module.generateReportHtml(action, params("2026-11"));
        verify(requiredResources).requireWebResource(BillingReportModule.WEB_RESOURCE);

        // the key names a web resource of the descriptor whose files exist
        org.w3c.dom.Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml"));
        NodeList resources = plugin.getElementsByTagName("web-resource");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            org.w3c.dom.Element resource = (org.w3c.dom.Element) resources.item(i);
            if (BillingReportModule.WEB_RESOURCE.equals("de.tieredsupport.support-contingent:"
                    + resource.getAttribute("key"))) {
                NodeList downloads = resource.getElementsByTagName("resource");
                for (int j = 0; j < downloads.getLength(); j++) {
                    String location = ((org.w3c.dom.Element) downloads.item(j)).getAttribute("location");
                    assertTrue(location, getClass().getClassLoader().getResource(location) != null);
                    files.add(location);
                }
            }
        }
        assertEquals(List.of("web/report/billing-report.css", "web/common/page-texts.js", "web/report/billing-report.js",
                "web/report/report-print.css"), files);
    }
}
