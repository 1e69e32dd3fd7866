package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * The queue item for one e-mail: {@code mailQueue.addItem(new SingleMailQueueItem(email))}. The real class extends
 * AbstractMailQueueItem (left out). As a plain holder this declaration keeps the evidenced trivial behaviour
 * (constructor stores the e-mail, {@link #getEmail()} returns it) so the plugin's mail adapter can be tested.
 *
 * Evidence: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/class-use/AbstractMailQueueItem.html
 *   (class SingleMailQueueItem); CFR-decompiled recent atlassian-mail in public code: {@code public class SingleMailQueueItem extends
 *   AbstractMailQueueItem}, {@code public SingleMailQueueItem(Email email)}, {@code public Email getEmail()}.
 * Status: CONFIRMED-9 (decompiled recent atlassian-mail; continuity to 11 INFERRED — the constructor takes only com.atlassian.mail.Email)
 */
public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
