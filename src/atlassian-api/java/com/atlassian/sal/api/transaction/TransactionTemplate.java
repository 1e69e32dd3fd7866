package com.atlassian.sal.api.transaction;

/**
 * Runs a callback in a host transaction (for work outside Active Objects).
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/transaction/TransactionTemplate.java);
 *   https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionTemplate.html
 * Status: CONFIRMED-9 (SAL 5.1.4; continuity to 11 inferred — no Jakarta type)
 */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
