package de.tieredsupport.contingent.jira.mail;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.ServiceHoursView;
import de.tieredsupport.contingent.service.port.AlertSender;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Queues one alert e-mail per recipient of the terms in force for the alert's month, in the recipient's language:
 * German when the address belongs to a Jira user whose Jira language is German, English otherwise.
 * <p>
 * Mail goes through Jira's mail queue, which sends asynchronously and retries, so worklogging never waits for SMTP.
 * Nothing here throws to the caller: a failure (host API, composing, queueing) is logged with the alert key and the
 * address, and the other recipients still get their mail.
 */
@Named
public final class JiraAlertSender implements AlertSender {

    static final String HTML = "text/html";

    private final MailQueue mailQueue;
    private final I18nHelper.BeanFactory i18nFactory;
    private final ApplicationProperties applicationProperties;
    private final ProjectManager projectManager;
    private final UserSearchService userSearchService;
    private final Logger log;

    @Inject
    public JiraAlertSender(@ComponentImport MailQueue mailQueue,
            @ComponentImport("i18nBeanFactory") I18nHelper.BeanFactory i18nFactory,
            @ComponentImport ApplicationProperties applicationProperties,
            @ComponentImport ProjectManager projectManager,
            @ComponentImport UserSearchService userSearchService) {
        this(mailQueue, i18nFactory, applicationProperties, projectManager, userSearchService,
                LoggerFactory.getLogger(JiraAlertSender.class));
    }

    JiraAlertSender(MailQueue mailQueue, I18nHelper.BeanFactory i18nFactory,
            ApplicationProperties applicationProperties, ProjectManager projectManager,
            UserSearchService userSearchService, Logger log) {
        this.mailQueue = mailQueue;
        this.i18nFactory = i18nFactory;
        this.applicationProperties = applicationProperties;
        this.projectManager = projectManager;
        this.userSearchService = userSearchService;
        this.log = log;
    }

    @Override
    public void send(Alert alert, Contract contract) {
        try {
            List<String> recipients = contract.termsFor(alert.month()).map(Terms::recipients).orElse(List.of());
            if (recipients.isEmpty()) {
                log.debug("Alert {} has no recipients; no mail queued", alert.key());
                return;
            }
            Project project = projectManager.getProjectObj(alert.projectId());
            String projectKey = project != null ? project.getKey() : Long.toString(alert.projectId());
            String projectName = project != null ? project.getName() : null;
            String baseUrl = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
            for (String address : recipients) {
                queue(alert, contract.zone(), address, projectKey, projectName, baseUrl,
                        ServiceHoursView.of(contract, alert.month()));
            }
        } catch (RuntimeException | LinkageError e) {
            log.error("Could not queue the mails of alert " + alert.key(), e);
        }
    }

    private void queue(Alert alert, ZoneId zone, String address, String projectKey, String projectName,
            String baseUrl, ServiceHoursView hours) {
        try {
            Locale language = languageOf(address);
            I18nHelper i18n = i18nFactory.getInstance(language);
            AlertMailComposer.Messages messages = (key, args) -> i18n.getText(key, (Object) args);
            AlertMailComposer.Mail mail = new AlertMailComposer(language, messages)
                    .compose(alert, zone, projectKey, projectName, baseUrl, hours);
            Email email = new Email(address)
                    .setSubject(mail.subject())
                    .setBody(mail.htmlBody())
                    .setMimeType(HTML)
                    .setFromName(messages.text(AlertMailComposer.PRODUCT_NAME_KEY));
            mailQueue.addItem(new SingleMailQueueItem(email));
            log.debug("Queued alert {} for {} in {}", alert.key(), address, language);
        } catch (RuntimeException | LinkageError e) {
            log.error("Could not queue alert " + alert.key() + " for " + address, e);
        }
    }

    /**
     * German if a Jira user with exactly this address (ignoring case) has German as Jira language — the user's own
     * setting, or Jira's default language when the user chose none —, English otherwise, also when the look-up fails.
     */
    Locale languageOf(String address) {
        try {
            for (ApplicationUser user : userSearchService.findUsersByEmail(address)) {
                if (user != null && address.equalsIgnoreCase(user.getEmailAddress())) {
                    Locale locale = i18nFactory.getInstance(user).getLocale();
                    return locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                            ? Locale.GERMAN : Locale.ENGLISH;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            log.warn("Could not look up the Jira user of {}; writing English", address, e);
        }
        return Locale.ENGLISH;
    }
}
