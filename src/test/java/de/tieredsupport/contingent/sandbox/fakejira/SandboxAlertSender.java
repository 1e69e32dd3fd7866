package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.service.port.AlertSender;

/**
 * Stand-in for the plugin's {@code AlertSender} adapter while the plugin has none: queues one plain-text mail per
 * recipient of the terms in force through Jira's {@link MailQueue} (the sandbox captures them). The sandbox uses
 * it only when no plugin component provides the port.
 */
public final class SandboxAlertSender implements AlertSender {

    private final MailQueue mail;

    public SandboxAlertSender(MailQueue mail) {
        this.mail = mail;
    }

    @Override
    public void send(Alert alert, Contract contract, ContractStatus status) {
        LevelStatus level = status.level(alert.level());
        String subject = String.format(Locale.ROOT, "Support contingent %s: %d %% of %s used in %s",
                "project " + alert.projectId(), alert.thresholdPercent(), alert.level().displayName(), alert.month());
        String body = String.format(Locale.ROOT, "%s of project %d in %s: %d of %d minutes used (%d %%).%n",
                alert.level().displayName(), alert.projectId(), alert.month(), level.usedMinutes(),
                level.availableMinutes(), level.percentUsed());
        for (String to : contract.termsFor(alert.month()).map(t -> t.recipients()).orElse(java.util.List.of())) {
            mail.addItem(new SingleMailQueueItem(new Email(to).setSubject(subject).setBody(body)
                    .setMimeType("text/plain").setFromName("Support Contingent (sandbox)")));
        }
    }
}
