package de.tieredsupport.contingent.jira.mail;

import java.util.Locale;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.ChangeRequestMailer;
import de.tieredsupport.contingent.service.port.UserDirectory;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Queues the mails of a change request's decision through Jira's mail queue: the request with the decision link to
 * a decision maker in the decision maker's language, and the announcement of the decision to the alert recipients
 * in theirs (as {@link JiraAlertSender} finds it). Never throws.
 */
@Named
public final class JiraChangeRequestMailer implements ChangeRequestMailer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraChangeRequestMailer.class);

    private final MailQueue mailQueue;
    private final I18nHelper.BeanFactory i18nFactory;
    private final ApplicationProperties applicationProperties;
    private final ProjectManager projectManager;
    private final UserSearchService userSearchService;
    private final UserDirectory users;

    @Inject
    public JiraChangeRequestMailer(@ComponentImport MailQueue mailQueue,
            @ComponentImport("i18nBeanFactory") I18nHelper.BeanFactory i18nFactory,
            @ComponentImport ApplicationProperties applicationProperties,
            @ComponentImport ProjectManager projectManager,
            @ComponentImport UserSearchService userSearchService,
            UserDirectory users) {
        this.mailQueue = mailQueue;
        this.i18nFactory = i18nFactory;
        this.applicationProperties = applicationProperties;
        this.projectManager = projectManager;
        this.userSearchService = userSearchService;
        this.users = users;
    }

    @Override
    public void requestDecision(ChangeRequestLink link, String token, Contract contract, ChangeRequest.Round round,
            Money amount) {
        try {
            Locale language = "de".equals(link.maker().language()) ? Locale.GERMAN : Locale.ENGLISH;
            AlertMailComposer.Messages messages = messages(language);
            AlertMailComposer.Mail mail = new ChangeRequestMailComposer(language, messages)
                    .request(link, token, round, amount, customer(link.projectId()), baseUrl());
            queue(link.maker().email(), mail, messages);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Could not queue the change-request decision request for " + link.issueKey(), e);
        }
    }

    @Override
    public void announceDecision(Contract contract, Terms terms, ChangeRequest changeRequest, String issueKey) {
        JiraAlertSender languages = new JiraAlertSender(mailQueue, i18nFactory, applicationProperties, projectManager,
                userSearchService, LOG);
        String recordedBy = changeRequest.current().map(ChangeRequest.Round::decision)
                .filter(d -> !d.viaLink()).map(d -> displayName(d.by())).orElse("");
        for (String address : terms.recipients()) {
            try {
                Locale language = languages.languageOf(address);
                AlertMailComposer.Messages messages = messages(language);
                AlertMailComposer.Mail mail = new ChangeRequestMailComposer(language, messages)
                        .announcement(changeRequest, issueKey, customer(contract.projectId()), recordedBy, baseUrl());
                queue(address, mail, messages);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Could not queue the announcement of the decision on " + issueKey + " for " + address, e);
            }
        }
    }

    private String displayName(String userKey) {
        try {
            return users.displayName(userKey).filter(name -> !name.isBlank()).orElse(userKey);
        } catch (RuntimeException e) {
            return userKey;
        }
    }

    private AlertMailComposer.Messages messages(Locale language) {
        return MailOutbox.messages(i18nFactory, language);
    }

    private String customer(long projectId) {
        return MailOutbox.customer(projectManager, projectId);
    }

    private String baseUrl() {
        return applicationProperties.getBaseUrl(UrlMode.CANONICAL);
    }

    private void queue(String address, AlertMailComposer.Mail mail, AlertMailComposer.Messages messages) {
        MailOutbox.queue(mailQueue, address, mail, messages);
    }
}
