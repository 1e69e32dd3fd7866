package de.tieredsupport.contingent.jira.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.wiring.InMemoryPluginServices;
import de.tieredsupport.contingent.wiring.PluginServices;
import de.tieredsupport.contingent.sandbox.web.PluginDescriptor;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;
import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;

import org.junit.Before;
import org.junit.Test;

/** The issue panel's context provider and template, against the declared Jira API. */
public class ContingentPanelTest {

    private static final long PROJECT = 10_000L;

    private InMemoryHost host;
    private JiraAuthenticationContext authentication;
    private PageBuilderService pageBuilder;
    private RequiredResources requiredResources;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-11-16T12:00");
        host.configureSeed(PROJECT, "2026-11");
        host.rights.browser("agent", PROJECT);
        host.levels.set(501, SupportLevel.L1);
        authentication = mock(JiraAuthenticationContext.class);
        pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        requiredResources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(requiredResources);
    }

    @Test
    public void thePanelRequiresItsStylesOnlyWhenItShowsSomething() {
        render("agent", Locale.ENGLISH, 501, 99);
        verifyNoInteractions(requiredResources);
        render("agent", Locale.ENGLISH, 501, PROJECT);
        verify(requiredResources).requireWebResource(ContingentPanelContextProvider.WEB_RESOURCE);
        assertTrue("declared in the descriptor", PluginDescriptor.load()
                .webResource(ContingentPanelContextProvider.WEB_RESOURCE).containsValue("web/panel/contingent-panel.css"));
        assertNotNull(getClass().getClassLoader().getResource("web/panel/contingent-panel.css"));
    }

    private Map<String, Object> render(String userKey, Locale locale, long issueId, long projectId) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(userKey);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(authentication.getLocale()).thenReturn(locale);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18n(locale));
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getProjectId()).thenReturn(projectId);
        when(issue.getKey()).thenReturn("ACME-" + issueId);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("ACME");
        when(issue.getProjectObject()).thenReturn(project);
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        PluginServices services = InMemoryPluginServices.over(host);
        return new ContingentPanelContextProvider(services, host.levels, host.categories, authentication,
                pageBuilder, properties).getContextMap(Map.of("issue", issue));
    }

    @Test
    public void agentSeesTheLevelsUsageAndTheEightyPercentWarning() {
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 6 * 3600 + 25 * 60); // 6:25 of 8:00 = 80 %
        IssuePanelModel panel = (IssuePanelModel) render("agent", Locale.ENGLISH, 501, PROJECT).get("panel");

        assertEquals("1st\u00a0level", panel.levelLabel());
        assertEquals("6h 25m", panel.used());
        assertEquals("8h", panel.available());
        assertEquals("1h 35m", panel.remaining());
        assertEquals("warning", panel.barState());
        assertEquals(List.of(new PanelWarning("warning", "80 % of the contingent of this level reached.")),
                panel.warnings());
    }

    @Test
    public void afterADeletionBelowTheThresholdThePanelSaysWhatTheDashboardSays() {
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 6 * 3600 + 25 * 60);     // 80 %: the alert is recorded
        host.log(2, 501, PROJECT, "2026-11-02T16:00", 30 * 60);
        host.delete(1);                                                       // 0:30 of 8:00 left
        assertEquals("the alert stays recorded", 1, host.getStatus.status(InMemoryHost.ADMIN, PROJECT,
                java.time.YearMonth.of(2026, 11)).alerts().size());
        IssuePanelModel panel = (IssuePanelModel) render("agent", Locale.ENGLISH, 501, PROJECT).get("panel");

        assertEquals("ok", panel.barState());
        assertEquals(List.of(), panel.warnings());
        assertEquals(de.tieredsupport.contingent.domain.LevelState.Kind.OK, host.getStatus.status(InMemoryHost.ADMIN,
                PROJECT, java.time.YearMonth.of(2026, 11)).state(SupportLevel.L1).kind());
    }

    @Test
    public void exhaustedAndSuspendedAreSaidInWords() {
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 8 * 3600 + 10 * 60);
        host.customerDecisions.suspend(InMemoryHost.ADMIN, PROJECT, SupportLevel.L1, "Budget");
        IssuePanelModel panel = (IssuePanelModel) render("agent", Locale.ENGLISH, 501, PROJECT).get("panel");

        assertEquals("error", panel.barState());
        assertEquals(100, panel.barPercent());
        assertEquals(2, panel.warnings().size());
        assertTrue(panel.warnings().get(0).text().startsWith("Support on the 1st\u00a0level is suspended for the rest of November 2026"));
        assertEquals("Over the contingent by 10m. Further work needs a decision by the customer.",
                panel.warnings().get(1).text());
    }

    @Test
    public void noContractOrNoRightsMeansNoPanel() {
        assertNull(render("agent", Locale.ENGLISH, 501, 99).get("panel"));
        assertNull(render("outsider", Locale.ENGLISH, 501, PROJECT).get("panel"));
    }

    @Test
    public void aTicketWithoutLevelSaysSo() {
        IssuePanelModel panel = (IssuePanelModel) render("agent", Locale.GERMAN, 777, PROJECT).get("panel");
        assertFalse(panel.levelSet());
        assertEquals("Nicht gesetzt", panel.levelLabel());
    }

    @Test
    public void aTicketWithoutCategoryIsAQuestionAndTheAgentMayChangeIt() {
        PanelCategory category = (PanelCategory) render("agent", Locale.ENGLISH, 501, PROJECT).get("category");

        assertEquals("Question", category.label());
        assertTrue(category.canChange());
        assertEquals("/jira/rest/support-contingent/1.0/projects/ACME/issues/ACME-501/category", category.url());
        assertEquals(List.of(new PanelOption("QUESTION", "Question", true), new PanelOption("DEFECT", "Defect", false),
                new PanelOption("CHANGE_REQUEST", "Change request", false)), category.options());
    }

    @Test
    public void theStoredCategoryIsShownAndSelectedInGerman() {
        host.categories.store(501, RequestCategory.CHANGE_REQUEST, "agent");
        Map<String, Object> context = render("agent", Locale.GERMAN, 501, PROJECT);
        PanelCategory category = (PanelCategory) context.get("category");
        assertEquals("\u00c4nderungswunsch", category.label());

        String html = new JiraLikeVelocity().render("templates/panel/contingent-panel.vm", context);
        assertTrue(html, html.contains("<strong>Anfragekategorie:</strong> <span class=\"sc-category\" "
                + "id=\"sc-category-label\">\u00c4nderungswunsch</span>"));
        assertTrue("the control waits for the script", html.contains("id=\"sc-category-form\" hidden=\"hidden\" "
                + "data-url=\"/jira/rest/support-contingent/1.0/projects/ACME/issues/ACME-501/category\""));
        assertTrue(html.contains("<option value=\"CHANGE_REQUEST\" selected=\"selected\">\u00c4nderungswunsch</option>"));
        assertTrue(html.contains("<option value=\"DEFECT\">Fehler</option>"));
        assertTrue(html.contains("data-msg-saved=\"Anfragekategorie gespeichert: {0}.\""));
    }

    @Test
    public void noContractOrNoRightsMeansNoCategoryEither() {
        assertNull(render("agent", Locale.ENGLISH, 501, 99).get("category"));
        assertNull(render("outsider", Locale.ENGLISH, 501, PROJECT).get("category"));
    }

    @Test
    public void templateRendersInGermanAndEscapes() {
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 7 * 3600);
        Map<String, Object> context = render("agent", Locale.GERMAN, 501, PROJECT);
        String html = new JiraLikeVelocity().render("templates/panel/contingent-panel.vm", context);

        assertTrue(html.contains("7h von 8h in diesem Monat verbraucht"));
        assertTrue(html.contains("aria-valuenow=\"87\""));
        assertTrue("the bar is named by the usage text", html.contains("<p class=\"sc-panel-usage\" "
                + "id=\"sc-panel-usage\">7h von 8h in diesem Monat verbraucht</p>"));
        assertTrue(html.contains("role=\"progressbar\" aria-labelledby=\"sc-panel-usage\""));
        assertTrue(html.contains("80 % des Kontingents dieses Levels erreicht."));
        assertEquals(YearMonth.of(2026, 11), host.getStatus.currentStatus("agent", PROJECT).month().yearMonth());
    }

    @Test
    public void thePanelShowsTheServiceHoursInTheReadersLanguage() {
        assertEquals("1st-level service hours: Mon\u2013Fri 10:00\u201316:00 (Europe/Berlin)",
                render("agent", Locale.ENGLISH, 501, PROJECT).get("serviceHours"));

        InMemoryPluginServices.over(host).configureContract().configure(InMemoryHost.ADMIN,
                InMemoryHost.seedDraft(PROJECT, "2026-11").serviceHours("MONDAY", "08:00-18:00")
                        .serviceHours("TUESDAY", "08:00-18:00").serviceHours("WEDNESDAY", "08:00-18:00")
                        .serviceHours("THURSDAY", "08:00-18:00").serviceHours("FRIDAY", "08:00-14:00")
                        .serviceHours("SATURDAY", "09:00-12:00").holidays("DE", "NW").build());
        Map<String, Object> context = render("agent", Locale.GERMAN, 501, PROJECT);
        assertEquals("Servicezeiten 1st-Level: Mo\u2013Do 08:00\u201318:00, Fr 08:00\u201314:00, Sa 09:00\u201312:00"
                + " (Europe/Berlin), Feiertage DE-NW", context.get("serviceHours"));
        String html = new JiraLikeVelocity().render("templates/panel/contingent-panel.vm", context);
        assertTrue(html, html.contains("<p class=\"sc-panel-hours\" id=\"sc-panel-hours\">Servicezeiten 1st-Level: "
                + "Mo\u2013Do 08:00\u201318:00"));
        assertNull(render("outsider", Locale.ENGLISH, 501, PROJECT).get("serviceHours"));
    }

    @Test
    public void aChangeRequestShowsItsApprovalEffortAndTheFormInEnglishAndGerman() {
        host.configureContract.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-11")
                .decisionMaker("Dana Decider", "dana@customer.example", "en").build());
        host.rights.projectAdmin("manager", PROJECT);
        host.categories.add(501, "ACME-501", PROJECT);
        host.categories.store(501, RequestCategory.CHANGE_REQUEST, "agent");
        host.changeRequestUseCases.prepare("agent", PROJECT, "ACME-501", "CSV <export>", 600L, null);
        host.changeRequestUseCases.submit("agent", PROJECT, "ACME-501");
        host.changeRequestUseCases.decideByLink(host.changeRequestMailer.requests.get(0).token(), true, null);
        host.log(1, 501, PROJECT, "2026-11-16T12:30", 90 * 60);
        host.changeRequestUseCases.prepare("agent", PROJECT, "ACME-501", "CSV and XLSX", 720L, SupportLevel.L2);

        Map<String, Object> context = render("agent", Locale.ENGLISH, 501, PROJECT);
        PanelChangeRequest cr = (PanelChangeRequest) context.get("changeRequest");
        assertEquals("draft", cr.state());
        assertEquals("10h at the 3rd\u00a0level", cr.inForce());
        assertEquals("agents see no money", "", cr.amount());
        assertTrue(cr.approval(), cr.approval().startsWith("Approved ") && cr.approval().endsWith(
                "by Dana Decider via the decision link"));
        assertEquals("1h 30m (15 % of the estimate)", cr.effort());
        assertEquals("Revised estimate (round 2), draft: 12h at the 2nd\u00a0level", cr.current());
        assertEquals("12", cr.hours());
        assertTrue(cr.canEdit());
        String html = new JiraLikeVelocity().render("templates/panel/contingent-panel.vm", context);
        assertTrue(html, html.contains("id=\"sc-cr-form\" hidden=\"hidden\" "
                + "data-url=\"/jira/rest/support-contingent/1.0/projects/ACME/issues/ACME-501/change-request\""));
        assertTrue(html, html.contains("<option value=\"L2\" selected=\"selected\">"));

        PanelChangeRequest manager = (PanelChangeRequest) render("manager", Locale.GERMAN, 501, PROJECT)
                .get("changeRequest");
        assertTrue(manager.amount(), manager.amount().startsWith("900,00"));
        assertEquals("Entwurf", manager.state());
        String german = new JiraLikeVelocity().render("templates/panel/contingent-panel.vm",
                render("manager", Locale.GERMAN, 501, PROJECT));
        assertTrue(german, german.contains("Genehmigte Sch\u00e4tzung:"));
        assertTrue(german, german.contains("Entwurf speichern"));
    }

    @Test
    public void otherCategoriesShowNoChangeRequest() {
        host.categories.add(501, "ACME-501", PROJECT);
        host.categories.store(501, RequestCategory.DEFECT, "agent");
        assertNull(render("agent", Locale.ENGLISH, 501, PROJECT).get("changeRequest"));
    }
}
