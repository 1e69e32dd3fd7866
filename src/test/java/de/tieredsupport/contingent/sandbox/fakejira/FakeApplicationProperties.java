package de.tieredsupport.contingent.sandbox.fakejira;

import java.net.URI;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * Fake of SAL's {@link ApplicationProperties}: the sandbox's own base URL, known once Jetty has its port. As SAL in
 * Jira, the relative modes answer the base URL relative to the host, i.e. the context path ({@code /jira}); the
 * others the absolute URL.
 */
public final class FakeApplicationProperties implements ApplicationProperties {

    private volatile String baseUrl = "http://localhost:2990/jira";

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        String url = baseUrl;
        if (urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL) {
            String path = URI.create(url).getRawPath();
            return path == null ? "" : path.replaceAll("/+$", "");
        }
        return url;
    }
}
