package de.tieredsupport.contingent.sandbox.fakejira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** Fake of SAL's {@link ApplicationProperties}: the sandbox's own base URL, known once Jetty has its port. */
public final class FakeApplicationProperties implements ApplicationProperties {

    private volatile String baseUrl = "http://localhost:2990/jira";

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return baseUrl;
    }
}
