package de.tieredsupport.contingent.jira.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.ServiceHoursView;
import de.tieredsupport.contingent.service.port.ChangeRequestNotifier;
import de.tieredsupport.contingent.service.port.DecisionMailer;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Queues the mails of the customer's decision through Jira's mail queue: the request with the decision link to a
 * decision maker in the decision maker's language, and the announcement of a decision to the alert recipients in
 * theirs (as {@link JiraAlertSender} finds it). Never throws.
 */
@Named
public final class JiraDecisionMailer implements DecisionMailer, ChangeRequestNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(JiraDecisionMailer.class);

    private final MailQueue mailQueue;
    private final I18nHelper.BeanFactory i18nFactory;
    private final ApplicationProperties applicationProperties;
    private final ProjectManager projectManager;
    private final UserSearchService userSearchService;
    private final IssueManager issueManager;

    @Inject
    public JiraDecisionMailer(@ComponentImport MailQueue mailQueue,
            @ComponentImport("i18nBeanFactory") I18nHelper.BeanFactory i18nFactory,
            @ComponentImport ApplicationProperties applicationProperties,
            @ComponentImport ProjectManager projectManager,
            @ComponentImport UserSearchService userSearchService,
            @ComponentImport IssueManager issueManager) {
        this.mailQueue = mailQueue;
        this.i18nFactory = i18nFactory;
        this.applicationProperties = applicationProperties;
        this.projectManager = projectManager;
        this.userSearchService = userSearchService;
        this.issueManager = issueManager;
    }

    @Override
    public void requestDecision(DecisionLink link, String token, Contract contract, LevelStatus status) {
        try {
            Locale language = "de".equals(link.maker().language()) ? Locale.GERMAN : Locale.ENGLISH;
            AlertMailComposer.Messages messages = messages(language);
            AlertMailComposer.Mail mail = new DecisionMailComposer(language, messages)
                    .request(link, token, status, customer(link.projectId()), baseUrl(),
                            ServiceHoursView.of(contract, link.month()));
            queue(link.maker().email(), mail, messages);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Could not queue the decision request for project " + link.projectId() + " " + link.month()
                    + " " + link.level().key(), e);
        }
    }

    @Override
    public void announceDecision(DecisionLink link, Contract contract, String note) {
        List<String> recipients = contract.termsFor(link.month()).map(Terms::recipients).orElse(List.of());
        for (String address : recipients) {
            try {
                Locale language = new JiraAlertSender(mailQueue, i18nFactory, applicationProperties, projectManager,
                        userSearchService, LOG).languageOf(address);
                AlertMailComposer.Messages messages = messages(language);
                Project project = projectManager.getProjectObj(link.projectId());
                String projectKey = project != null ? project.getKey() : Long.toString(link.projectId());
                AlertMailComposer.Mail mail = new DecisionMailComposer(language, messages)
                        .announcement(link, customer(link.projectId()), note, projectKey, baseUrl());
                queue(address, mail, messages);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Could not queue the announcement of a decision for " + address, e);
            }
        }
    }

    @Override
    public void estimateReached(Contract contract, Terms terms, ChangeRequest changeRequest, long minutesToDate) {
        Issue issue = issueManager.getIssueObject(changeRequest.issueId());
        String issueKey = issue != null ? issue.getKey() : Long.toString(changeRequest.issueId());
        Map<String, Locale> addressed = new LinkedHashMap<>();
        JiraAlertSender languages = new JiraAlertSender(mailQueue, i18nFactory, applicationProperties, projectManager,
                userSearchService, LOG);
        for (String address : terms.recipients()) {
            addressed.putIfAbsent(address, languages.languageOf(address));
        }
        for (DecisionMaker maker : terms.decisionMakers()) {
            addressed.putIfAbsent(maker.email(), "de".equals(maker.language()) ? Locale.GERMAN : Locale.ENGLISH);
        }
        addressed.forEach((address, language) -> {
            try {
                AlertMailComposer.Messages messages = messages(language);
                queue(address, new DecisionMailComposer(language, messages).estimateReached(changeRequest, issueKey,
                        customer(contract.projectId()), minutesToDate), messages);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Could not queue the reached estimate of " + issueKey + " for " + address, e);
            }
        });
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
