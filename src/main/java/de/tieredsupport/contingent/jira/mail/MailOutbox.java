package de.tieredsupport.contingent.jira.mail;

import java.util.Locale;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

/** What the mailers share on Jira's side: texts in a language, the customer's name and the outgoing queue. */
final class MailOutbox {

    private MailOutbox() {
    }

    /** The plugin's texts in {@code language}. */
    static AlertMailComposer.Messages messages(I18nHelper.BeanFactory i18nFactory, Locale language) {
        I18nHelper i18n = i18nFactory.getInstance(language);
        return (key, args) -> i18n.getText(key, (Object) args);
    }

    /** The project's name, its key if it has none, its id if Jira no longer knows it. */
    static String customer(ProjectManager projectManager, long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        if (project == null) {
            return Long.toString(projectId);
        }
        return project.getName() == null || project.getName().isBlank() ? project.getKey() : project.getName();
    }

    /** Puts an HTML mail on Jira's outgoing queue, sent in the name of the product. */
    static void queue(MailQueue mailQueue, String address, AlertMailComposer.Mail mail,
            AlertMailComposer.Messages messages) {
        Email email = new Email(address)
                .setSubject(mail.subject())
                .setBody(mail.htmlBody())
                .setMimeType(JiraAlertSender.HTML)
                .setFromName(messages.text(AlertMailComposer.PRODUCT_NAME_KEY));
        mailQueue.addItem(new SingleMailQueueItem(email));
    }
}
