package com.atlassian.mail.queue;

/**
 * An item of the mail queue; only its type is needed (parameter of {@link MailQueue#addItem}). The real interface has
 * send() (throws MailException), getSubject() and more, and extends com.atlassian.core.task.Task; none is called.
 *
 * Evidence: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html ({@code public interface MailQueueItem},
 *   implemented by AbstractMailQueueItem and SingleMailQueueItem); same shape in https://docs.atlassian.com/atlassian-mail/1.9/apidocs/.
 * Status: CONFIRMED-9 (atlassian-mail javadoc and decompiled recent versions; continuity to 11 inferred — no mail type in what is used)
 */
public interface MailQueueItem {
}
