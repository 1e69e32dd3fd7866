package com.atlassian.mail;

/**
 * An outgoing e-mail of atlassian-mail (the library behind Jira's mail queue). Only String-typed members are
 * declared: on Jira 11 the library moved to Jakarta Mail 2.1, so members mentioning mail/activation types (e.g.
 * {@code setMultipart}) changed package and are deliberately absent. Setters return {@code com.atlassian.mail.Email}
 * (part of the descriptor). As a plain data holder this declaration keeps the evidenced trivial behaviour (setters store
 * and return this, getters read) so the plugin's mail adapter can be tested; at run time Jira's class is used.
 * The "from" address defaults to the SMTP server's; the plugin sets only the sender name.
 *
 * Evidence: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/index-all.html (class com.atlassian.mail.Email);
 *   a CFR-decompiled recent (javax.mail era) com.atlassian.mail.Email in public code: {@code public class Email implements Serializable},
 *   {@code public Email(String to)}, {@code public Email setSubject(String)}, {@code setBody(String)}, {@code setMimeType(String)}
 *   (default "text/plain"), {@code setFromName(String)}, getters; Jira-era use {@code new Email(to)} + {@code new SingleMailQueueItem(email)}
 *   in paulcadman/jira-emailnotify:src/main/java/com/corefiling/jira/plugins/emailnotify/util/EmailQueuer.java.
 * Status: INFERRED for 11 (the String-only members are CONFIRMED-9 in the decompiled atlassian-mail; Jira 10.4 ships atlassian-mail 7.0.3;
 *   the atlassian-mail version in Jira 11 is unknown, and the Jakarta Mail move is evidenced only by "Preparing for Jira 11.0")
 */
public class Email {

    private String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String fromName;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    /** "text/plain" (default) or "text/html". */
    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    /** Display name of the sender; the address stays the SMTP server's default "from". */
    public Email setFromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getFromName() {
        return fromName;
    }
}
