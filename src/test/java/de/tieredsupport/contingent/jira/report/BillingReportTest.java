package de.tieredsupport.contingent.jira.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.time.YearMonth;
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

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.action.ProjectActionSupport;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.jira.InMemoryPluginServices;
import de.tieredsupport.contingent.jira.PluginServices;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;

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

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-11-10T12:00");
        host.configureSeed(PROJECT, "2026-11");
        host.rights.browser("agent", PROJECT);
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
        return new BillingReportModule(services(), authentication, host.clock);
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
        assertEquals("1st level", l1.label());
        assertEquals("8:00", l1.contingent());
        assertEquals("3:15", l1.billed());
        // 195 min at 70 EUR/h = 227.50 EUR, rounded once for the level line.
        assertEquals("227.50 EUR", l1.amount());
        assertEquals(List.of("ACME-1"), l1.tickets().stream().map(ReportTicketRow::key).toList());
        assertEquals(HOSTILE, l1.tickets().get(0).summary());
        // 95 min at 80 EUR/h = 126.67 EUR (126.666... half up).
        assertEquals("126.67 EUR", en.levels().get(1).amount());
        assertEquals("354.17 EUR", en.totalAmount());
        assertEquals("November 2026", en.monthLabel());
        assertFalse(en.closed());

        BillingReportModel de = (BillingReportModel) module(InMemoryHost.ADMIN, Locale.GERMAN)
                .context(action, params("2026-11")).get("report");
        assertEquals("227,50 EUR", de.levels().get(0).amount());
        assertEquals("1st-Level", de.levels().get(0).label());
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

    @Test
    public void pageEscapesEveryUserTextAndShowsTheTotals() {
        Map<String, Object> context = module(InMemoryHost.ADMIN, Locale.ENGLISH).context(action, params("2026-11"));
        String html = new JiraLikeVelocity().render("templates/report/billing-report.vm", context);

        assertFalse("no raw script tag", html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Drucker &amp; &quot;Scanner&quot;"));
        assertTrue(html.contains("ACME &lt;GmbH&gt;"));
        assertTrue(html.contains("<span id=\"sc-invoice-total\">354.17 EUR</span>"));
        assertTrue(html.contains("../rest/support-contingent/1.0/projects/ACME/months/2026-11/billing.csv"));

        String excel = new JiraLikeVelocity().render("templates/report/billing-report-excel.vm", context);
        assertFalse(excel.contains("<script>"));
        assertTrue(excel.contains("<th>354.17 EUR</th>"));
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
        NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml")).getElementsByTagName("method");
        Set<String> allowed = new TreeSet<>();
        for (int i = 0; i < methods.getLength(); i++) {
            String entry = methods.item(i).getTextContent().trim();
            String[] parts = entry.split("#");
            String name = parts[1].substring(0, parts[1].indexOf('('));
            Class.forName(parts[0]).getMethod(name); // throws if the class or method does not exist
            allowed.add(name);
        }
        List<String> missing = new ArrayList<>();
        for (String template : List.of("templates/report/billing-report.vm", "templates/report/billing-report-excel.vm")) {
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
}
