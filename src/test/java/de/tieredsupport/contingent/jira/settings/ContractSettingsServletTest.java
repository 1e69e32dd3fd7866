package de.tieredsupport.contingent.jira.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.wiring.InMemoryPluginServices;
import de.tieredsupport.contingent.wiring.PluginServices;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;
import de.tieredsupport.contingent.testsupport.velocity.VelocityAllowlist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The contract settings servlet, its model and its template, against the declared Atlassian API. */
public class ContractSettingsServletTest {

    private static final long PROJECT = 10_000L;
    /** Markup cannot be a recipient (refused by the address check); quote and ampersand can. */
    private static final String HOSTILE = "o'brien&co+{x}@evil.example";

    private InMemoryHost host;
    private UserManager users;
    private ProjectManager projects;
    private JiraAuthenticationContext authentication;
    private TemplateRenderer renderer;
    private PageBuilderService pageBuilder;
    private Map<String, Object> rendered;
    private String html;

    @Before
    public void setUp() throws Exception {
        host = InMemoryHost.at("2026-04-15T10:00");
        host.configureSeed(PROJECT, "2026-01");
        host.rights.projectAdmin("manager", PROJECT).browser("agent", PROJECT);
        users = mock(UserManager.class);
        projects = mock(ProjectManager.class);
        Project acme = mock(Project.class);
        when(acme.getId()).thenReturn(PROJECT);
        when(acme.getKey()).thenReturn("ACME");
        when(acme.getName()).thenReturn("Acme <GmbH>");
        when(projects.getProjectByCurrentKey("ACME")).thenReturn(acme);
        Project beta = mock(Project.class);
        when(beta.getId()).thenReturn(20_000L);
        when(beta.getKey()).thenReturn("BETA");
        when(beta.getName()).thenReturn("Beta AG");
        when(projects.getProjectByCurrentKey("BETA")).thenReturn(beta);
        authentication = mock(JiraAuthenticationContext.class);
        renderer = mock(TemplateRenderer.class);
        doAnswer(call -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = call.getArgument(1);
            rendered = context;
            html = new JiraLikeVelocity().render(call.getArgument(0), context);
            ((Writer) call.getArgument(2)).write(html);
            return null;
        }).when(renderer).render(eq(ContractSettingsServlet.TEMPLATE), anyMap(), any(Writer.class));
        pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        language(Locale.ENGLISH);
    }

    private void language(Locale locale) {
        when(authentication.getLocale()).thenReturn(locale);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18n(locale));
    }

    private HttpServletResponse get(String user, String query) throws Exception {
        when(users.getRemoteUserKey()).thenReturn(user == null ? null : new UserKey(user));
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/support-contingent/contract");
        when(request.getQueryString()).thenReturn(query);
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            when(request.getParameter(kv[0])).thenReturn(kv.length > 1 ? kv[1] : "");
        }
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        PluginServices services = InMemoryPluginServices.over(host);
        new ContractSettingsServlet(services, users, projects, authentication, renderer, pageBuilder, host.clock)
                .doGet(request, response);
        return response;
    }

    private ContractSettingsModel model() {
        return (ContractSettingsModel) rendered.get("settings");
    }

    @Test
    public void projectAdminSeesTheSeedTermsInTheFormHistoryAndAudit() throws Exception {
        HttpServletResponse response = get("manager", "projectKey=ACME");

        verify(response).setStatus(200);
        verify(pageBuilder.assembler().resources()).requireWebResource(ContractSettingsServlet.WEB_RESOURCE);
        ContractSettingsModel model = model();
        SettingsLevelRow first = model.levels().get(0);
        assertEquals(List.of("L1", "1st\u00a0level", "8:00", "70.00", ""),
                List.of(first.key(), first.label(), first.hours(), first.rate(), first.capHours()));
        assertEquals("12:00", model.levels().get(2).hours());
        assertEquals("/jira/rest/support-contingent/1.0", model.restBase());
        assertTrue(model.hasContract());
        assertEquals("Europe/Berlin", model.zoneId());
        assertEquals("2026-04", model.currentMonth());
        assertEquals("2026-05", model.effectiveMonth());
        assertEquals("", model.minEffectiveMonth());
        assertEquals(5, model.incrementMinutes());
        assertEquals("80, 100", model.thresholds());
        assertEquals("it-lead@customer.example", model.recipients());
        assertEquals("1st\u00a0level: 8h at \u20ac70.00", model.current().levelTexts().get(0));
        assertEquals("5 min, Up", model.current().rounding());
        assertEquals(1, model.history().size());
        assertTrue(model.history().get(0).inForce());
        assertEquals("January 2026", model.history().get(0).monthLabel());
        assertEquals(1, model.audit().size());
        assertEquals("Terms changed", model.audit().get(0).action());
        assertTrue(model.audit().get(0).at(), model.audit().get(0).at().matches("Apr 15, 2026, 10:00.{0,4}"));
        assertTrue(model.audit().get(0).details(), model.audit().get(0).details().startsWith(
                "Terms added, effective January 2026: 1st level 8h at \u20ac70.00 an hour; "));
        assertTrue(model.decisionsAvailable());

        assertTrue(html.contains("id=\"sc-L1-hours\""));
        assertTrue(html.contains("data-field=\"levels.L1.contingentMinutes\" value=\"8:00\""));
        assertTrue(html.contains("data-field=\"levels.L1.rateAmount\" value=\"70.00\""));
        assertTrue(html.contains("<span class=\"field-value\" id=\"sc-zone-fixed\""));
        assertFalse("the zone is read-only once the contract exists", html.contains("id=\"sc-zone\""));
        assertTrue(html.contains("Support contract of Acme &lt;GmbH&gt;"));
        assertTrue(html.contains("for=\"sc-L1-hours\""));
    }

    @Test
    public void everyFormCarriesAFreshIdempotencyKeyOfItsOwn() throws Exception {
        get("manager", "projectKey=ACME");
        SettingsFormKeys keys = model().formKeys();
        java.util.List<String> values = java.util.List.of(keys.terms(), keys.topUp(), keys.suspend(), keys.resume());
        assertEquals("one key per form", 4, new java.util.HashSet<>(values).size());
        for (String key : values) {
            assertTrue(key, key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
            assertTrue("rendered into its form: " + key,
                    html.contains("<input type=\"hidden\" name=\"idempotencyKey\" value=\"" + key + "\">"));
        }
        get("manager", "projectKey=ACME");
        assertFalse("a new rendering, new keys", values.contains(model().formKeys().topUp()));
    }

    @Test
    public void agentsGetForbiddenWithoutData() throws Exception {
        HttpServletResponse response = get("agent", "projectKey=ACME");
        verify(response).setStatus(403);
        assertNull(rendered.get("settings"));
        assertTrue(html.contains("Only project administrators and Jira administrators"));
        assertFalse(html.contains("70.00"));
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(any());
    }

    /** Issue 12: 403 for an existing project against 404 for an unknown key told outsiders which keys exist. */
    @Test
    public void outsidersGetThePageOfAnUnknownKey() throws Exception {
        verify(get("admin", "projectKey=NOPE")).setStatus(404);
        String unknown = html;
        verify(get("outsider", "projectKey=ACME")).setStatus(404);
        assertEquals(unknown, html);
        assertNull(rendered.get("settings"));
        assertFalse(html.contains("70.00"));
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(any());
    }

    @Test
    public void anonymousIsSentToTheLoginPageAndBack() throws Exception {
        HttpServletResponse response = get(null, "projectKey=ACME");
        verify(response).sendRedirect("/jira/login.jsp?os_destination="
                + "%2Fplugins%2Fservlet%2Fsupport-contingent%2Fcontract%3FprojectKey%3DACME");
        assertNull(rendered);
    }

    @Test
    public void unknownOrMissingProjectIsNotFound() throws Exception {
        verify(get("admin", "projectKey=NOPE")).setStatus(404);
        assertTrue(html.contains("There is no project with this key that you can see."));
        verify(get("admin", null)).setStatus(404);
    }

    @Test
    public void aProjectWithoutContractOffersZoneAndCurrencyAndTheDefaults() throws Exception {
        get("admin", "projectKey=BETA");
        ContractSettingsModel model = model();
        assertFalse(model.hasContract());
        assertEquals("2026-04", model.effectiveMonth());
        assertEquals("", model.levels().get(0).hours());
        assertEquals("", model.levels().get(0).rate());
        // empty fields show examples worded as examples, not values that look saved
        assertTrue(html.contains("placeholder=\"e.g. 8:00\""));
        assertTrue(html.contains("placeholder=\"e.g. 70.00\""));
        assertTrue(html.contains("data-msg-hours-max=\"Enter at most 100,000 hours.\""));
        assertEquals("80, 100", model.thresholds());
        assertFalse(model.decisionsAvailable());
        assertTrue(html.contains("id=\"sc-zone\""));
        assertTrue(html.contains("id=\"sc-currency\""));
        assertTrue(html.contains("This project has no support contract yet."));
    }

    @Test
    public void hostileRecipientsReasonsAndAuditTextShowAsText() throws Exception {
        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04")
                .recipients(HOSTILE).build());
        host.customerDecisions.addTopUp(InMemoryHost.ADMIN, PROJECT, java.time.YearMonth.of(2026, 4),
                SupportLevel.L2, 60, "<img src=x onerror=alert(2)>");
        host.customerDecisions.suspend(InMemoryHost.ADMIN, PROJECT, SupportLevel.L3, "<b>budget</b>");
        get("admin", "projectKey=ACME");

        assertEquals(HOSTILE, model().recipients());
        assertFalse(html.contains(HOSTILE));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b>budget"));
        assertTrue(html.contains("o&#39;brien&amp;co+{x}@evil.example"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        // dates as the reader writes them (the minute before the period may be followed by AM/PM)
        assertTrue(model().suspensions().toString(), model().suspensions().get(0).matches(
                "3rd\u00a0level suspended since Apr 15, 2026, 10:00.{0,4} by admin\\. Reason: <b>budget</b>"));
        assertTrue(model().topUps().toString(), model().topUps().get(0).matches("2nd\u00a0level: 1h added by "
                + "admin on Apr 15, 2026, 10:00.{0,4}\\. Reason: <img src=x onerror=alert\\(2\\)>"));
        assertEquals(4, model().audit().size());
    }

    @Test
    public void aDecisionMakersTopUpIsListedAsTheirsAndTheFormHoldsTheDecisionMakers() throws Exception {
        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04")
                .decisionMaker("Erika <b>M</b>", "erika@kunde.example", "de").build());
        // 1st level: 480 min, 385 cross the decision threshold of 80 %
        host.log(1, 1, PROJECT, "2026-04-14T09:00", 385 * 60);
        String token = host.decisionMailer.requests.get(0).token();
        host.decisionLinks.decide(token, new de.tieredsupport.contingent.service.DecisionLinks.Choice(
                de.tieredsupport.contingent.domain.DecisionLink.Kind.TOP_UP, 60, "ok"));
        get("manager", "projectKey=ACME");

        assertEquals("Erika <b>M</b> <erika@kunde.example> de", model().decisionMakers());
        assertTrue(model().topUps().toString(), model().topUps().get(0).startsWith(
                "1st\u00a0level: 1h added by Erika <b>M</b> (via decision link) on "));
        assertFalse(html.contains("Erika <b>M</b>"));
        assertTrue(html.contains("Erika &lt;b&gt;M&lt;/b&gt; (via decision link)"));
    }

    @Test
    public void germanUserGetsGermanTexts() throws Exception {
        language(Locale.GERMAN);
        get("manager", "projectKey=ACME&saved=terms");
        assertTrue(html.contains("Supportvertrag von Acme"));
        assertTrue(html.contains("1st\u2011Level: 8h zu 70,00\u00a0\u20ac"));
        // the form shows and takes the decimal comma, and names its bounds in German notation
        assertEquals("70,00", model().levels().get(0).rate());
        assertEquals(",", model().form().decimalSeparator());
        assertTrue(html.contains("placeholder=\"z.\u00a0B. 70,00\""));
        assertTrue(html.contains("data-msg-hours-max=\"H\u00f6chstens 100.000 Stunden eingeben.\""));
        assertTrue(html.contains("data-msg-rate-max=\"H\u00f6chstens 1.000.000,00 eingeben.\""));
        assertEquals("15.04.2026, 10:00", model().audit().get(0).at());
        assertTrue(html.contains("Die Konditionen wurden gespeichert."));
        assertTrue(html.contains("Konditionen speichern"));
        assertEquals("Aufrunden", model().roundingModes().get(0).label());
    }

    @Test
    public void onlyKnownSavedValuesShowANotice() throws Exception {
        get("manager", "projectKey=ACME&saved=%3Cscript%3E");
        assertNull(rendered.get("notice"));
        assertEquals("support-contingent.settings.saved.topUp",
                ContractSettingsServlet.notice("topUp").orElseThrow());
    }

    @Test
    public void theLatestClosedMonthBoundsTheEffectiveMonth() throws Exception {
        for (int month = 1; month <= 3; month++) {
            host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, java.time.YearMonth.of(2026, month));
        }
        get("admin", "projectKey=ACME");
        assertEquals("2026-04", model().minEffectiveMonth());
        assertEquals("March 2026", model().latestClosedLabel());
        assertTrue(html.contains("min=\"2026-04\""));
    }

    @Test
    public void everyMethodTheTemplateCallsIsAllowlistedAndExists() throws Exception {
        Set<String> allowed = VelocityAllowlist.methods();
        Map<String, String> types = Map.of("settings", "ContractSettingsModel", "current", "SettingsTermsRow",
                "row", "SettingsTermsRow", "level", "SettingsLevelRow", "option", "SettingsOption",
                "entry", "SettingsAuditRow", "hours", "SettingsHours", "day", "SettingsHourRow",
                "region", "SettingsRegionOption");
        String text = new String(getClass().getClassLoader()
                .getResourceAsStream(ContractSettingsServlet.TEMPLATE).readAllBytes());
        List<String> missing = new ArrayList<>();
        Matcher call = Pattern.compile("\\$\\{?(\\w+)\\.(\\w+)\\(").matcher(text);
        while (call.find()) {
            if (call.group(1).equals("i18n")) {
                continue;
            }
            String type = types.get(call.group(1));
            if (type == null || !allowed.contains(type + "#" + call.group(2))) {
                missing.add(call.group(0));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theFormOffersServiceHoursPerWeekdayAndTheHolidayCalendar() throws Exception {
        get("manager", "projectKey=ACME");
        SettingsHours defaults = (SettingsHours) rendered.get("hours");
        assertEquals(List.of(true, true, true, true, true, false, false),
                defaults.days().stream().map(SettingsHourRow::open).toList());
        assertEquals("10:00", defaults.days().get(5).from());
        assertTrue(defaults.countries().get(0).selected());
        assertEquals("1st-level service hours: Mon\u2013Fri 10:00\u201316:00 (Europe/Berlin)", defaults.current());
        assertTrue(html, html.contains("<input type=\"checkbox\" class=\"checkbox\" id=\"sc-hours-MONDAY-open\" "
                + "aria-labelledby=\"sc-hours-MONDAY-label\" checked>"));
        assertTrue(html, html.contains("id=\"sc-hours-SATURDAY-open\" aria-labelledby=\"sc-hours-SATURDAY-label\">"));
        assertTrue(html, html.contains("data-field=\"serviceHours.MONDAY\" value=\"10:00\""));
        assertTrue(html, html.contains("<option value=\"NW\" data-country=\"DE\">NW \u2013 North Rhine-Westphalia"));

        InMemoryPluginServices.over(host).configureContract().configure(InMemoryHost.ADMIN,
                InMemoryHost.seedDraft(PROJECT, "2026-04").serviceHours("MONDAY", "08:00-18:00")
                        .serviceHours("SATURDAY", "09:00-12:00").holidays("DE", "NW").build());
        language(Locale.GERMAN);
        get("manager", "projectKey=ACME");
        SettingsHours stored = (SettingsHours) rendered.get("hours");
        assertEquals(List.of(true, false, false, false, false, true, false),
                stored.days().stream().map(SettingsHourRow::open).toList());
        assertEquals("Montag", stored.days().get(0).label());
        assertEquals("08:00", stored.days().get(0).from());
        assertEquals("Servicezeiten 1st-Level: Mo 08:00\u201318:00, Sa 09:00\u201312:00 (Europe/Berlin), Feiertage DE-NW",
                stored.current());
        assertTrue(html, html.contains("<option value=\"DE\" selected>DE \u2013 Deutschland</option>"));
        assertTrue(html, html.contains("<option value=\"NW\" data-country=\"DE\" selected>NW \u2013 Nordrhein-Westfalen"));
        assertTrue(html, html.contains("id=\"sc-current-service-hours\">Servicezeiten 1st-Level: Mo 08:00"));
    }
}
