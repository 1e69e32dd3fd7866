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

    /** Status, content type, body text and (from {@link #send}) the headers of an answer. */
    record Answer(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {

        Answer(int status, String contentType, String body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** The first value of a header, by name in any case; null if absent. */
        String header(String name) {
            for (java.util.Map.Entry<String, java.util.List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
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
                new String(response.body(), StandardCharsets.UTF_8), response.headers().map());
    }

    /**
     * Whether {@code e} says the server closed a reused connection before any byte of an answer: the request was
     * not answered and may be sent again on a new connection.
     */
    static boolean closedBeforeAnswer(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("header parser received no bytes")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the request exactly as given on a connection of its own, with {@code headers} in order (no
     * {@code Content-Length} unless given, so it may lie) and {@code body} (which may be shorter than declared), ends
     * the sending side and reads the answer until the server closes the connection. For requests an HTTP client does
     * not send: a declared length far beyond what is sent, a hand-made chunked body.
     */
    Answer sendExactly(String method, String path, String user, Map<String, String> headers, byte[] body)
            throws IOException {
        URI base = URI.create(baseUrl);
        StringBuilder head = new StringBuilder(method).append(' ').append(base.getRawPath()).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                .append("\r\nConnection: close\r\n");
        if (user != null) {
            head.append("Cookie: ").append(FakeLogin.COOKIE).append('=').append(FakeLogin.encode(user)).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** Status, content type and body (chunked transfer decoded) of a raw HTTP/1.1 answer. */
    private static Answer parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        if (chunked) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int at = 0;
            while (at < rest.length) {
                int lineEnd = new String(rest, at, rest.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n");
                int size = Integer.parseInt(new String(rest, at, lineEnd, StandardCharsets.ISO_8859_1).trim()
                        .split(";")[0], 16);
                if (size == 0) {
                    break;
                }
                body.write(rest, at + lineEnd + 2, size);
                at += lineEnd + 2 + size + 2;
            }
            rest = body.toByteArray();
        }
        return new Answer(status, contentType, new String(rest, StandardCharsets.UTF_8));
    }
}
