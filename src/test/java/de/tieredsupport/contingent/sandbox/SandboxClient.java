package de.tieredsupport.contingent.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;

/** A small HTTP client for tests against a running sandbox, acting as a user through the switcher's cookie. */
final class SandboxClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** GET {@code path} (below the base URL) as {@code user} (null: anonymous). */
    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET the response's {@code Location}, resolved as a browser resolves it. */
    HttpResponse<String> follow(HttpResponse<String> redirect, String user) throws IOException, InterruptedException {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(URI.create(baseUrl).resolve(location).toString(), user);
    }

    /** POST a form, as a browser would. */
    HttpResponse<String> postForm(String path, String user, String... keyValues)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path, user).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, user).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends the request; once more on a new connection if the server closed the reused one before answering. The
     * sandbox's Jetty may close a kept-alive connection after answering a request whose small body it never read
     * (a refusal before reading), where Jira's Tomcat reads and drops it; a browser sends again in that case too.
     */
    private HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> body)
            throws IOException, InterruptedException {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            if (!RawHttp.closedBeforeAnswer(e)) {
                throw e;
            }
            return http.send(request, body);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                : baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            // "agent; sandbox.lang=de": the user's key, then further cookies as they are
            String[] cookies = user.split("; ", 2);
            builder.header("Cookie", FakeLogin.COOKIE + "=" + FakeLogin.encode(cookies[0])
                    + (cookies.length > 1 ? "; " + cookies[1] : ""));
        }
        return builder;
    }
}
