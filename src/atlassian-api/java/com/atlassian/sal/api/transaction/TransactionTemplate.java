package com.atlassian.sal.api.transaction;

/**
 * Runs a callback in a host transaction (for work outside Active Objects).
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/transaction/TransactionTemplate.java);
 *   https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionTemplate.html
 * Status: CONFIRMED-11 (execute(TransactionCallback) with a lambda) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/link/DefaultSlackLinkManager.java lines 40, 123, 161
 *   ({@code transactionTemplate.execute(() -> { ... })}); Jira 11 jakarta line of alanmosely/basic-jira-development-panels (@ComponentImport)
 */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
