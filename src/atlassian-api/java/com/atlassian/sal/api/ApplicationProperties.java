package com.atlassian.sal.api;

/**
 * SAL application properties (subset): the base URL for links in alert e-mails. Not Jira's
 * {@code com.atlassian.jira.config.properties.ApplicationProperties}.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/ApplicationProperties.java):
 *   {@code @Nonnull String getBaseUrl(UrlMode)}; the no-argument getBaseUrl() is deprecated there and not declared.
 * Status: CONFIRMED-9 (SAL 5.1.4; continuity to 11 inferred — no Jakarta type)
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
