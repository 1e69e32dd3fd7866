package com.atlassian.sal.api;

/**
 * How {@link ApplicationProperties#getBaseUrl(UrlMode)} builds the URL; e-mails need {@link #CANONICAL}
 * (the configured base URL, independent of the current request).
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/UrlMode.java),
 *   constants in this order.
 * Status: CONFIRMED-9 (SAL 5.1.4; continuity to 11 inferred)
 */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
