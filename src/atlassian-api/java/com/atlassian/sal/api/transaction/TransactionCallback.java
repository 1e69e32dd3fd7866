package com.atlassian.sal.api.transaction;

/**
 * Work to run inside a transaction ({@code ActiveObjects.executeInTransaction}, {@link TransactionTemplate}).
 * One abstract method, so a lambda fits.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/transaction/TransactionCallback.java);
 *   imported by the AO facade source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java;
 *   https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html
 * Status: CONFIRMED-9 (SAL 5.1.4; Jira 10.4 ships sal-api 6.0.5; continuity to 11 inferred — no Jakarta type)
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
