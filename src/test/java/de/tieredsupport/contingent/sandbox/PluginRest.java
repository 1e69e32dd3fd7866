package de.tieredsupport.contingent.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;

/**
 * The plugin's REST API ({@code /rest/support-contingent/1.0}, docs/rest-api.md) as the host and the tests reach the
 * plugin: over HTTP, as a sandbox user, JSON in and out. The sandbox never calls the plugin's classes directly, as
 * nothing outside a plugin can in Jira; this is how demo data, pages and tests configure contracts, record decisions,
 * close months and read status and billing. A call that does not succeed throws {@link Failure} with the status and
 * the body.
 */
public final class PluginRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String restUrl;

    /** @param restUrl e.g. {@code http://localhost:2990/jira/rest/support-contingent/1.0} */
    public PluginRest(String restUrl) {
        this.restUrl = restUrl;
    }

    /** A REST answer that is not 2xx. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String body;

        Failure(String call, int status, String body) {
            super(call + " answered " + status + ": " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    // ---- the calls the host and the tests need

    /** {@code PUT /projects/{key}/contract/terms/{month}} with a terms body (docs/rest-api.md). */
    public JsonNode putTerms(String user, String projectKey, YearMonth effectiveMonth, String termsJson) {
        return send(user, "PUT", "/projects/" + seg(projectKey) + "/contract/terms/" + effectiveMonth, termsJson);
    }

    public JsonNode contract(String user, String projectKey) {
        return send(user, "GET", "/projects/" + seg(projectKey) + "/contract", null);
    }

    public JsonNode status(String user, String projectKey, YearMonth month) {
        return send(user, "GET", "/projects/" + seg(projectKey) + "/months/" + month + "/status", null);
    }

    public JsonNode statuses(String user, YearMonth month) {
        return send(user, "GET", "/statuses?month=" + month, null);
    }

    public JsonNode billing(String user, String projectKey, YearMonth month) {
        return send(user, "GET", "/projects/" + seg(projectKey) + "/months/" + month + "/billing", null);
    }

    public JsonNode topUp(String user, String projectKey, YearMonth month, String level, long minutes,
            String reason) {
        return send(user, "POST", "/projects/" + seg(projectKey) + "/months/" + month + "/top-ups",
                object("level", level, "minutes", minutes, "reason", reason));
    }

    /** Suspends one level (or all: {@code level} null) for the rest of the current month. */
    public JsonNode suspend(String user, String projectKey, String level, String reason) {
        return send(user, "POST", "/projects/" + seg(projectKey) + "/suspensions",
                level == null ? object("reason", reason) : object("level", level, "reason", reason));
    }

    public JsonNode closeMonth(String user, String projectKey, YearMonth month) {
        return send(user, "POST", "/projects/" + seg(projectKey) + "/months/" + month + "/close", "{}");
    }

    public JsonNode correctLevel(String user, String projectKey, long worklogId, String level, String reason) {
        return send(user, "PUT", "/projects/" + seg(projectKey) + "/bookings/" + worklogId + "/level",
                object("level", level, "reason", reason));
    }

    /** Any call: {@code path} below the REST root, {@code body} JSON or null. */
    public JsonNode send(String user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(restUrl + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
        if (user != null) {
            request.header("Cookie", FakeLogin.COOKIE + "=" + FakeLogin.encode(user));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        String call = method + " " + path + " as " + user;
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new Failure(call, response.statusCode(), response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(call + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(call + " interrupted", e);
        }
    }

    /** A JSON object of alternating names and values (strings, numbers, booleans, nulls, nested JSON nodes). */
    public static String object(Object... namesAndValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String seg(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
