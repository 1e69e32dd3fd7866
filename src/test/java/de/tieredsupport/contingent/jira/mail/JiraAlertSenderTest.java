package de.tieredsupport.contingent.jira.mail;

import static de.tieredsupport.contingent.jira.mail.AlertMailComposerTest.AT_80;
import static de.tieredsupport.contingent.jira.mail.AlertMailComposerTest.NOVEMBER;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.TestData;

/** The Jira adapter against the declared API: language per recipient, one queued mail each, never a throw. */
public class JiraAlertSenderTest {

    static final String GERMAN_USER = "kunde@beispiel.de";
    static final String ENGLISH_USER = "cto@beispiel.de";
    static final String NO_JIRA_USER = "billing@partner.example";

    private final MailQueue mailQueue = mock(MailQueue.class);
    private final I18nHelper.BeanFactory i18nFactory = mock(I18nHelper.BeanFactory.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final UserSearchService userSearchService = mock(UserSearchService.class);
    private final Logger log = mock(Logger.class);

    private ApplicationUser germanUser;

    private final JiraAlertSender sender = new JiraAlertSender(mailQueue, i18nFactory, applicationProperties,
            projectManager, userSearchService, log);

    @Before
    public void host() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("BSP");
        when(project.getName()).thenReturn("Beispiel GmbH");
        when(projectManager.getProjectObj(TestData.PROJECT)).thenReturn(project);
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");

        I18nHelper english = bundleHelper(Locale.ENGLISH);
        I18nHelper german = bundleHelper(Locale.GERMAN);
        when(i18nFactory.getInstance(Locale.ENGLISH)).thenReturn(english);
        when(i18nFactory.getInstance(Locale.GERMAN)).thenReturn(german);

        germanUser = jiraUser(GERMAN_USER, Locale.GERMANY);
        jiraUser(ENGLISH_USER, Locale.UK);
        when(userSearchService.findUsersByEmail(NO_JIRA_USER)).thenReturn(List.of());
    }

    /** An I18nHelper answering from the plugin's bundles, as Jira's does for the plugin's i18n resource. */
    private static I18nHelper bundleHelper(Locale locale) {
        BundleMessages bundle = BundleMessages.forLocale(locale);
        I18nHelper helper = mock(I18nHelper.class);
        when(helper.getLocale()).thenReturn(locale);
        when(helper.getText(anyString(), any(Object[].class)))
                .thenAnswer(call -> bundle.text(call.getArgument(0), (Object[]) call.getArgument(1)));
        return helper;
    }

    private ApplicationUser jiraUser(String address, Locale language) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getEmailAddress()).thenReturn(address);
        I18nHelper own = mock(I18nHelper.class);
        when(own.getLocale()).thenReturn(language);
        when(i18nFactory.getInstance(user)).thenReturn(own);
        when(userSearchService.findUsersByEmail(address)).thenReturn(List.of(user));
        return user;
    }

    private static Contract contractWith(String... recipients) {
        return TestData.contract(TestData.seedTerms(NOVEMBER).recipients(recipients).build());
    }

    private List<Email> queued(int expected) {
        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(mailQueue, times(expected)).addItem(items.capture());
        return items.getAllValues().stream().map(item -> ((SingleMailQueueItem) item).getEmail()).toList();
    }

    @Test
    public void queuesOneMailPerRecipientInTheRecipientsLanguage() {
        sender.send(AT_80, contractWith(GERMAN_USER, ENGLISH_USER, NO_JIRA_USER));

        Map<String, Email> byAddress = queued(3).stream().collect(Collectors.toMap(Email::getTo, e -> e));
        assertEquals("[BSP] 1st-Level: 80 % des Monatskontingents erreicht (November 2026)",
                byAddress.get(GERMAN_USER).getSubject());
        assertEquals("[BSP] 1st level: 80 % of the monthly contingent reached (November 2026)",
                byAddress.get(ENGLISH_USER).getSubject());
        assertEquals("a plain address without Jira user gets English",
                "[BSP] 1st level: 80 % of the monthly contingent reached (November 2026)",
                byAddress.get(NO_JIRA_USER).getSubject());
        assertTrue(byAddress.get(GERMAN_USER).getBody().contains("6h 25m von 8h"));
        assertTrue(byAddress.get(ENGLISH_USER).getBody().contains("6h 25m of 8h"));
        assertEquals("Support-Kontingent f\u00fcr Jira", byAddress.get(GERMAN_USER).getFromName());
        assertEquals("Support Contingent for Jira", byAddress.get(ENGLISH_USER).getFromName());
        for (Email email : byAddress.values()) {
            assertEquals("text/html", email.getMimeType());
            assertTrue(email.getBody().contains(
                    "href=\"https://jira.example.com/plugins/servlet/support-contingent/contract?projectKey=BSP\""));
            assertTrue(email.getBody().contains("Beispiel GmbH (BSP)"));
        }
    }

    @Test
    public void theProjectNameFromJiraIsEscaped() {
        Project hostile = mock(Project.class);
        when(hostile.getKey()).thenReturn("BSP");
        when(hostile.getName()).thenReturn("<script>alert(1)</script>");
        when(projectManager.getProjectObj(TestData.PROJECT)).thenReturn(hostile);

        sender.send(AT_80, contractWith(NO_JIRA_USER));

        String body = queued(1).get(0).getBody();
        assertTrue(body, !body.contains("<script>"));
        assertTrue(body, body.contains("&lt;script&gt;alert(1)&lt;/script&gt; (BSP)"));
    }

    @Test
    public void aJiraUserMatchesOnTheWholeAddressIgnoringCase() {
        ApplicationUser other = mock(ApplicationUser.class);
        when(other.getEmailAddress()).thenReturn("kunde@beispiel.de.example");
        I18nHelper germanHelper = mock(I18nHelper.class);
        when(germanHelper.getLocale()).thenReturn(Locale.GERMAN);
        when(i18nFactory.getInstance(other)).thenReturn(germanHelper);
        when(userSearchService.findUsersByEmail("someone@beispiel.de")).thenReturn(List.of(other));

        assertEquals(Locale.ENGLISH, sender.languageOf("someone@beispiel.de"));
        assertEquals(Locale.GERMAN, sender.languageOf(GERMAN_USER));
        when(userSearchService.findUsersByEmail("Kunde@Beispiel.DE")).thenReturn(List.of(germanUser));
        assertEquals(Locale.GERMAN, sender.languageOf("Kunde@Beispiel.DE"));
    }

    @Test
    public void aFailingUserLookupFallsBackToEnglish() {
        NoSuchMethodError linkage = new NoSuchMethodError("findUsersByEmail");
        when(userSearchService.findUsersByEmail(GERMAN_USER)).thenThrow(linkage);

        sender.send(AT_80, contractWith(GERMAN_USER));

        assertEquals("[BSP] 1st level: 80 % of the monthly contingent reached (November 2026)",
                queued(1).get(0).getSubject());
        verify(log).warn(anyString(), eq(GERMAN_USER), same(linkage));
    }

    @Test
    public void aQueueFailureIsLoggedWithTheAlertKeyAndNeverThrown() {
        RuntimeException down = new IllegalStateException("mail queue unavailable");
        doThrow(down).doNothing().when(mailQueue).addItem(any(MailQueueItem.class));

        sender.send(AT_80, contractWith(GERMAN_USER, ENGLISH_USER));

        verify(log).error(contains("Could not queue alert " + AT_80.key() + " for " + GERMAN_USER), same(down));
        List<Email> attempted = queued(2);
        assertEquals("the next recipient still gets the mail", ENGLISH_USER, attempted.get(1).getTo());
    }

    @Test
    public void aMissingMailClassInJiraIsLoggedAndNeverThrown() {
        NoClassDefFoundError missing = new NoClassDefFoundError("com/atlassian/mail/queue/SingleMailQueueItem");
        doThrow(missing).when(mailQueue).addItem(any(MailQueueItem.class));

        sender.send(AT_80, contractWith(NO_JIRA_USER));

        verify(log).error(contains(AT_80.key().toString()), same(missing));
    }

    @Test
    public void aFailingHostLookupIsLoggedAndNeverThrown() {
        RuntimeException broken = new IllegalStateException("base URL not configured");
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenThrow(broken);

        sender.send(AT_80, contractWith(NO_JIRA_USER));

        verifyNoInteractions(mailQueue);
        verify(log).error(contains("Could not queue the mails of alert " + AT_80.key()), same(broken));
    }

    @Test
    public void noRecipientsQueuesNothingAndLogsAtDebug() {
        sender.send(AT_80, contractWith());

        verifyNoInteractions(mailQueue);
        verify(log).debug("Alert {} has no recipients; no mail queued", AT_80.key());
    }

    @Test
    public void recipientsComeFromTheTermsInForceForTheAlertsMonth() {
        Contract contract = TestData.contract(
                TestData.seedTerms(NOVEMBER).recipients(ENGLISH_USER).build(),
                TestData.seedTerms(NOVEMBER.plusMonths(1)).recipients(GERMAN_USER).build());

        sender.send(AT_80, contract);

        assertEquals(ENGLISH_USER, queued(1).get(0).getTo());
    }

    @Test
    public void anUnknownProjectIsNamedByItsId() {
        when(projectManager.getProjectObj(TestData.PROJECT)).thenReturn(null);

        sender.send(AT_80, contractWith(NO_JIRA_USER));

        Email email = queued(1).get(0);
        assertTrue(email.getSubject().startsWith("[" + TestData.PROJECT + "] "));
    }

    @Test
    public void theJiraMessageSourcePassesTheArgumentsAsOneArray() {
        I18nHelper helper = mock(I18nHelper.class);
        when(helper.getText(anyString(), any(Object[].class))).thenReturn("text");
        when(i18nFactory.getInstance(Locale.ENGLISH)).thenReturn(helper);

        sender.send(AT_80, contractWith(NO_JIRA_USER));

        ArgumentCaptor<Object> args = ArgumentCaptor.forClass(Object.class);
        verify(helper).getText(eq("support-contingent.mail.customer"), args.capture());
        assertArrayEquals(new Object[] {"Beispiel GmbH", "BSP"}, (Object[]) args.getValue());
        verify(helper, times(2)).getText(eq("support-contingent.name"), args.capture()); // footer and sender name
        assertArrayEquals(new Object[0], (Object[]) args.getValue());
    }
}
