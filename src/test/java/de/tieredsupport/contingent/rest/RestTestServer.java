package de.tieredsupport.contingent.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import de.tieredsupport.contingent.jira.SalUserDirectory;
import de.tieredsupport.contingent.wiring.InMemoryPluginServices;
import de.tieredsupport.contingent.wiring.PluginServices;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The plugin's REST resources on a real HTTP server (Jersey 3.1 on the JDK's HTTP server, loopback, free port),
 * wired to the in-memory ports. Fakes stand in for what Jira provides: the SAL user of the request (header
 * {@code X-Test-User}), the user's language (header {@code X-Test-Language}, default English) with an
 * {@link I18nHelper} over the plugin's bundles, and the projects ACME (10000), BETA (10001) and GAMMA (10002, no
 * contract).
 */
final class RestTestServer implements AutoCloseable {

    static final String BASE_PATH = "/rest/support-contingent/1.0";
    static final long ACME = 10000L;
    static final long BETA = 10001L;
    /** A project without a support contract. */
    static final long GAMMA = 10002L;

    final InMemoryHost host;
    final PluginServices services;
    private final HttpServer server;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    private static final ThreadLocal<Locale> LANGUAGE = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    RestTestServer(String berlinNow) {
        host = InMemoryHost.at(berlinNow);
        UserManager users = new FakeUserManager();
        // display names through the plugin's SAL adapter, as in Jira
        services = InMemoryPluginServices.over(host, new SalUserDirectory(users));
        FakeProjects projects = new FakeProjects();
        projects.add(ACME, "ACME", "Acme GmbH");
        projects.add(BETA, "BETA", "Beta AG");
        projects.add(GAMMA, "GAMMA", "Gamma KG");
        Messages messages = new Messages(new FakeAuthenticationContext());

        ResourceConfig config = resources(new ContractResource(services, users, projects),
                new AuditResource(services, users, projects, messages), new MonthResource(services, users, projects, messages),
                new SuspensionResource(services, users, projects), new BookingResource(services, users, projects),
                new StatusesResource(services, users, projects),
                new IssueCategoryResource(services, users, projects),
                new ChangeRequestResource(services, users, projects))
                .register(new RestExceptionMapper(messages))
                .register(JsonConfiguration.class)
                .register(JacksonFeature.class)
                .register(new BindRequestUser())
                // Jira's REST module publishes no WADL; without it Jersey needs no JAXB either
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0" + BASE_PATH), config, false);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
    }

    /**
     * The resources as Jersey takes them from another container: each class registered, the instance bound to it
     * (ranked above the binding Jersey adds for the class). An instance registered directly would also be checked as
     * a provider, and Jersey would warn that the "provider … will be ignored".
     */
    private static ResourceConfig resources(Object... instances) {
        ResourceConfig config = new ResourceConfig();
        for (Object instance : instances) {
            config.register(instance.getClass());
        }
        return config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                for (Object instance : instances) {
                    bindInstance(instance.getClass(), instance);
                }
            }

            private <T> void bindInstance(Class<T> type, Object instance) {
                bind(type.cast(instance)).to(type).ranked(1);
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ------------------------------------------------------------------ HTTP

    HttpResponse<byte[]> send(String method, String path, String user, String contentType, String body,
            String language) {
        return send(method, path, user, contentType, body, language, Map.of());
    }

    /** A request with further headers (name to value). */
    HttpResponse<byte[]> send(String method, String path, String user, String contentType, String body,
            String language, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("X-Test-User", user);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("X-Test-Language", language);
        }
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a request exactly as given on a connection of its own ({@code headers} in order, then {@code body}, which
     * may be shorter than a declared {@code Content-Length}), ends the sending side and reads the answer until the
     * server closes the connection. For requests no HTTP client sends: a length that lies, a body cut short.
     */
    Reply raw(String method, String path, String user, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(BASE_PATH).append(path)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(base.getPort()).append("\r\nConnection: close\r\n");
        if (user != null) {
            head.append("X-Test-User: ").append(user).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            byte[] answer = socket.getInputStream().readAllBytes();
            return parse(answer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Reply parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
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
        return new Reply(status, contentType, rest, json);
    }

    Reply get(String path, String user) {
        return reply(send("GET", path, user, null, null, null));
    }

    Reply call(String method, String path, String user, String jsonBody) {
        return reply(send(method, path, user, jsonBody == null ? null : "application/json", jsonBody, null));
    }

    Reply reply(HttpResponse<byte[]> response) {
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), json);
    }

    /** A response: status, content type, body as text and (if JSON) as a tree. */
    static final class Reply {
        final int status;
        final String contentType;
        final byte[] bytes;
        private final ObjectMapper json;

        Reply(int status, String contentType, byte[] bytes, ObjectMapper json) {
            this.status = status;
            this.contentType = contentType;
            this.bytes = bytes;
            this.json = json;
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return json.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The fields named by the error body, in order. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().get("errors").forEach(e -> fields.add(e.get("field").isNull() ? null : e.get("field").asText()));
            return fields;
        }

        String firstMessage() {
            return json().get("errors").get(0).get("message").asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }

    // ------------------------------------------------------------------ what the stores hold

    /** Everything the in-memory stores hold, to compare before and after a rejected request. */
    String snapshot() {
        StringBuilder s = new StringBuilder();
        s.append(host.contracts.findAll()).append('\n');
        s.append(host.bookings.all()).append('\n');
        s.append(host.alerts.all()).append('\n');
        s.append(host.audit.entries()).append('\n');
        s.append(host.categories.writes()).append('\n');
        s.append(host.changeRequests.findByProject(ACME)).append(host.changeRequestLinks.all()).append('\n');
        for (long project : new long[] {ACME, BETA}) {
            YearMonth from = YearMonth.of(2025, 1);
            YearMonth to = YearMonth.of(2027, 12);
            s.append(host.totals.findRange(project, from, to)).append('\n');
            s.append(host.topUps.findRange(project, from, to)).append('\n');
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                s.append(host.suspensions.findByMonth(project, m));
                s.append(host.closes.find(project, m));
            }
            s.append('\n').append(host.closes.findChangedMonths(project)).append('\n');
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ fakes of what Jira provides

    /** Binds the request's user and language to the thread, as Jira does before a REST resource runs. */
    private static final class BindRequestUser implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            USER.set(request.getHeaderString("X-Test-User"));
            String language = request.getHeaderString("X-Test-Language");
            LANGUAGE.set(language == null ? Locale.ENGLISH : Locale.forLanguageTag(language));
        }
    }

    /** SAL's user manager: the user bound to the request thread, null when anonymous. */
    private static final class FakeUserManager implements UserManager {
        @Override
        public UserKey getRemoteUserKey() {
            String user = USER.get();
            return user == null ? null : new UserKey(user);
        }

        @Override
        public UserKey getRemoteUserKey(HttpServletRequest request) {
            return getRemoteUserKey();
        }

        @Override
        public UserProfile getRemoteUser(HttpServletRequest request) {
            throw new UnsupportedOperationException();
        }

        /** Display names of the fixture's admin and manager; other users have none. */
        @Override
        public UserProfile getUserProfile(UserKey userKey) {
            String name = Map.of("admin", "Ada Admin", "manager", "Maria Manager").get(userKey.getStringValue());
            return name == null ? null : new UserProfile() {
                @Override
                public UserKey getUserKey() {
                    return userKey;
                }

                @Override
                public String getUsername() {
                    return userKey.getStringValue();
                }

                @Override
                public String getFullName() {
                    return name;
                }

                @Override
                public String getEmail() {
                    return userKey.getStringValue() + "@example.com";
                }
            };
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            throw new UnsupportedOperationException("permissions are decided by the access policy");
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            throw new UnsupportedOperationException("permissions are decided by the access policy");
        }
    }

    /** Jira's projects: a fixed set by key and id. */
    static final class FakeProjects implements ProjectManager {
        private final Map<String, Project> byKey = new ConcurrentHashMap<>();
        private final Map<Long, Project> byId = new ConcurrentHashMap<>();

        void add(long id, String key, String name) {
            Project project = new Project() {
                @Override
                public Long getId() {
                    return id;
                }

                @Override
                public String getKey() {
                    return key;
                }

                @Override
                public String getName() {
                    return name;
                }
            };
            byKey.put(key, project);
            byId.put(id, project);
        }

        @Override
        public Project getProjectObj(Long id) {
            return byId.get(id);
        }

        @Override
        public Project getProjectByCurrentKey(String key) {
            return byKey.get(key);
        }

        @Override
        public List<Project> getProjectObjects() {
            return new ArrayList<>(byId.values());
        }
    }

    /** The request user's language and an I18nHelper over the plugin's bundles (Jira's includes them). */
    private static final class FakeAuthenticationContext implements JiraAuthenticationContext {
        @Override
        public ApplicationUser getLoggedInUser() {
            return null;
        }

        @Override
        public Locale getLocale() {
            return LANGUAGE.get();
        }

        @Override
        public I18nHelper getI18nHelper() {
            return new BundleI18n(LANGUAGE.get());
        }
    }

    /** Like Jira's I18nHelper: MessageFormat over the bundle; a missing key comes back as the key. */
    static final class BundleI18n implements I18nHelper {
        private final Locale locale;
        private final ResourceBundle bundle;

        BundleI18n(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle("i18n/support-contingent", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public String getText(String key) {
            return getText(key, (Object) new Object[0]);
        }

        @Override
        public String getText(String key, String value1) {
            return getText(key, (Object) new Object[] {value1});
        }

        @Override
        public String getText(String key, String value1, String value2) {
            return getText(key, (Object) new Object[] {value1, value2});
        }

        @Override
        public String getText(String key, Object parameters) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            Object[] args = parameters instanceof Object[] array ? array
                    : parameters instanceof List<?> list ? list.toArray() : new Object[] {parameters};
            return new MessageFormat(pattern, locale).format(args);
        }
    }
}
