package de.tieredsupport.contingent.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;

/**
 * Sends exactly the bytes, method, path and headers a test gives to a running sandbox, as the user named by the
 * switcher's cookie (null: anonymous). Paths must already be percent-encoded.
 */
final class RawHttp {

    /** Status, content type and body text of an answer. */
    record Answer(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RawHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @param path        below the base URL, e.g. {@code /rest/support-contingent/1.0/statuses?month=2026-04}
     * @param contentType null for none
     * @param body        null for no body
     * @param headers     further headers
     */
    Answer send(String method, String path, String user, String contentType, byte[] body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Cookie", FakeLogin.COOKIE + "=" + FakeLogin.encode(user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }
}
