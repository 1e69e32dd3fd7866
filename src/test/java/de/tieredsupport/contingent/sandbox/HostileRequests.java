package de.tieredsupport.contingent.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import de.tieredsupport.contingent.sandbox.RestEndpoints.Endpoint;

/**
 * Generates malformed and extreme REST requests from a fixed seed: for every state-changing endpoint invalid field
 * values (wrong JSON types, huge, negative, fractional and exponent numbers, overflowing integers, very long strings,
 * control characters and odd Unicode, nulls for required fields, arrays and strings for objects), missing and unknown
 * fields, broken JSON (truncated, corrupted syntax, duplicate keys, trailing tokens, unescaped control characters,
 * invalid UTF-8, deep nesting, bodies over 1 MiB, non-object roots, empty bodies), wrong or missing content types
 * and unsupported methods; for every endpoint garbage in its path and query parameters and unacceptable {@code Accept}
 * headers. Every generated request is invalid by construction and carries what must come back: the allowed statuses
 * and, where the input was about one field, the field the error must name.
 */
final class HostileRequests {

    /** Marks "the error need not name a field" in {@link Request#fields()}. */
    static final String ANY_FIELD = "*";

    /** The valid context a request is built around (the sandbox's demo data). */
    record Fixture(String projectKey, String current, String previous, String closed, String next,
            String worklogId, String otherProjectsWorklogId) {
    }

    /**
     * One generated request. {@code fields}: the error must name one of these (or a path below one), {@link #ANY_FIELD}
     * if the problem is not about one field. {@code hostMayAnswer}: the container or Jira's REST layer may refuse the
     * request before the plugin sees it, so its answer need not be the plugin's error format.
     */
    record Request(int number, Endpoint endpoint, String kind, String method, String path, String contentType,
            Map<String, String> headers, byte[] body, Set<Integer> statuses, Set<String> fields,
            boolean hostMayAnswer) {

        String describe() {
            return "#" + number + " [" + endpoint + " / " + kind + "] " + method + " " + path
                    + (contentType == null ? " (no Content-Type)" : " Content-Type: " + contentType)
                    + (headers.isEmpty() ? "" : " " + headers)
                    + (body == null ? " (no body)" : " body (" + body.length + " bytes): " + preview(body))
                    + " -> expected " + statuses + " naming " + fields;
        }
    }

    private static final String JSON = "application/json";

    private final long seed;
    private final Random random;
    private final Fixture fixture;
    private final List<Request> requests = new ArrayList<>();

    HostileRequests(long seed, Fixture fixture) {
        this.seed = seed;
        this.random = new Random(seed);
        this.fixture = fixture;
    }

    long seed() {
        return seed;
    }

    /** {@code counts.get(endpoint)} requests per endpoint, in a fixed order. */
    List<Request> generate(Map<Endpoint, Integer> counts) {
        for (Map.Entry<Endpoint, Integer> entry : counts.entrySet()) {
            Endpoint endpoint = entry.getKey();
            for (int i = 0; i < entry.getValue(); i++) {
                if (endpoint.writes()) {
                    write(endpoint);
                } else {
                    read(endpoint);
                }
            }
        }
        return List.copyOf(requests);
    }

    // ---------------------------------------------------------------- state-changing endpoints

    private void write(Endpoint endpoint) {
        if (endpoint == RestEndpoints.CLOSE || endpoint == RestEndpoints.SUBMIT_CHANGE_REQUEST) {
            // close reads no body: only its path, content type and method can be wrong
            int dice = random.nextInt(100);
            if (dice < 50) {
                pathGarbage(endpoint);
            } else if (dice < 80) {
                wrongContentType(endpoint);
            } else {
                unsupportedMethod(endpoint);
            }
            return;
        }
        int dice = random.nextInt(100);
        if (dice < 45) {
            fieldMutation(endpoint);
        } else if (dice < 52) {
            missingOrUnknownField(endpoint);
        } else if (dice < 75) {
            brokenJson(endpoint);
        } else if (dice < 85) {
            wrongContentType(endpoint);
        } else if (dice < 96) {
            pathGarbage(endpoint);
        } else {
            unsupportedMethod(endpoint);
        }
    }

    /** One field of a valid body gets an invalid value. */
    private void fieldMutation(Endpoint endpoint) {
        Map<String, Object> body = validBody(endpoint);
        List<Map.Entry<String, Function<Random, String[]>>> fields = mutableFields(endpoint);
        Map.Entry<String, Function<Random, String[]>> field = fields.get(random.nextInt(fields.size()));
        String[] value = field.getValue().apply(random);
        set(body, field.getKey(), value[0]);
        Set<String> names = value.length > 1 && "syntax".equals(value[1]) ? Set.of(field.getKey(), "body")
                : Set.of(field.getKey());
        add(endpoint, "field " + field.getKey(), endpoint.method(), validPath(endpoint), JSON, Map.of(),
                bytes(render(body)), Set.of(400), names, false);
    }

    private void missingOrUnknownField(Endpoint endpoint) {
        Map<String, Object> body = validBody(endpoint);
        String required = requiredField(endpoint);
        if (required != null && random.nextBoolean()) {
            remove(body, required);
            add(endpoint, "missing " + required, endpoint.method(), validPath(endpoint), JSON, Map.of(),
                    bytes(render(body)), Set.of(400), Set.of(required), false);
            return;
        }
        String[] names = {"surprise", "Level", "LEVEL", "level ", "__proto__", "constructor", "<script>", "\u0000",
            "reason\u200b", "\u00fcberstunden", "a".repeat(300), "$where", "id"};
        String name = names[random.nextInt(names.length)];
        String parent = "";
        if (endpoint == RestEndpoints.PUT_TERMS && random.nextBoolean()) {
            parent = new String[] {"levels.L1.", "levels.L3.", "rounding.", "carryOver."}[random.nextInt(4)];
        }
        body = validBody(endpoint);
        putRaw(body, parent + name, "1");
        add(endpoint, "unknown field", endpoint.method(), validPath(endpoint), JSON, Map.of(),
                bytes(render(body)), Set.of(400), Set.of(parent + name), false);
    }

    private void brokenJson(Endpoint endpoint) {
        String valid = render(validBody(endpoint));
        String firstKey = valid.substring(2, valid.indexOf('"', 2));
        int kind = random.nextInt(16);
        String text;
        byte[] raw = null;
        Set<String> fields = Set.of("body");
        Set<Integer> statuses = Set.of(400);
        String name;
        switch (kind) {
            case 0 -> {
                name = "truncated";
                text = valid.substring(0, 1 + random.nextInt(valid.length() - 1));
            }
            case 1 -> {
                name = "corrupted syntax";
                String[] corruptions = {valid.replaceFirst(":", "="), valid.replaceFirst("\"", ""),
                    valid.replace('"', '\''), valid.substring(0, valid.length() - 1) + ",}",
                    "{/* comment */" + valid.substring(1), "{// comment\n" + valid.substring(1),
                    valid.replaceFirst("\"" + firstKey + "\"", firstKey), valid.replaceFirst(",", ",,"),
                    valid.replaceFirst(",", ""), "{" + valid, valid.replaceFirst("\\{", "[")};
                text = corruptions[random.nextInt(corruptions.length)];
            }
            case 2 -> {
                name = "trailing tokens";
                String[] tails = {" x", "{}", "]", "}", " null", " " + valid, ",", "\u0000"};
                text = valid + tails[random.nextInt(tails.length)];
            }
            case 3 -> {
                name = "duplicate key";
                text = "{\"" + firstKey + "\":" + duplicateValue(firstKey) + "," + valid.substring(1);
                fields = Set.of("body", firstKey);
            }
            case 4 -> {
                name = "non-object root";
                String[] roots = {"null", "true", "false", "0", "-1", "1e400", "\"text\"", "[]", "[{}]", "[" + valid + "]",
                    "[null]", "\"" + valid.replace("\"", "\\\"") + "\""};
                text = roots[random.nextInt(roots.length)];
            }
            case 5 -> {
                name = "empty body";
                String[] empties = {"", " ", "\r\n\t ", "{}".substring(0, 0)};
                text = empties[random.nextInt(empties.length)];
            }
            case 6 -> {
                name = "unescaped control character";
                char control = (char) random.nextInt(0x20);
                text = valid.replaceFirst("\"" + firstKey + "\":\"", "\"" + firstKey + "\":\"" + control);
                if (text.equals(valid)) {
                    text = "{\"" + control + "\":1," + valid.substring(1);
                }
                fields = Set.of("body", firstKey);
            }
            case 7 -> {
                name = "invalid UTF-8";
                byte[][] sequences = {{(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
                byte[] bad = sequences[random.nextInt(sequences.length)];
                String marker = "\"" + firstKey + "\":\"";
                int at = valid.indexOf(marker);
                byte[] validBytes = bytes(valid);
                int position = at >= 0 ? bytes(valid.substring(0, at + marker.length())).length : 1;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(validBytes, 0, position);
                if (at < 0) {
                    out.write('"');
                    out.writeBytes(bad);
                    out.writeBytes(bytes("\":1,"));
                } else {
                    out.writeBytes(bad);
                }
                out.write(validBytes, position, validBytes.length - position);
                raw = out.toByteArray();
                text = null;
                fields = Set.of("body", firstKey);
            }
            case 8 -> {
                name = "deep nesting";
                int depth = new int[] {600, 1_500, 5_000, 50_000}[random.nextInt(4)];
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                text = "{\"" + firstKey + "\":" + open.repeat(depth) + "1" + close.repeat(depth)
                        + valid.substring(valid.indexOf(',') < 0 ? valid.length() - 1 : valid.indexOf(','));
                fields = Set.of("body", firstKey);
            }
            case 9 -> {
                name = "over 1 MiB";
                text = random.nextBoolean() ? valid + " ".repeat(JsonLimits.MAX_BODY_BYTES)
                        : "{\"reason\":\"" + "x".repeat(JsonLimits.MAX_BODY_BYTES) + "\"," + valid.substring(1);
                statuses = Set.of(413);
            }
            case 10 -> {
                name = "NaN and friends";
                String[] numbers = {"NaN", "Infinity", "-Infinity", "0x10", "010", "+5", ".5", "5.", "1e", "--1",
                    "1_000", "\u0661"};
                text = "{\"" + firstKey + "\":" + numbers[random.nextInt(numbers.length)] + ","
                        + valid.substring(1);
                fields = Set.of("body", firstKey);
            }
            default -> {
                name = "mutated field";
                fieldMutation(endpoint);
                return;
            }
        }
        if (valid.equals(text)) {
            text = valid + "x";
        }
        add(endpoint, name, endpoint.method(), validPath(endpoint), JSON, Map.of(),
                raw != null ? raw : bytes(text), statuses, fields, false);
    }

    private void wrongContentType(Endpoint endpoint) {
        String[] types = {"text/plain", "text/plain; charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/xml", "text/xml", "text/html", "application/octet-stream",
            "application/javascript", "image/png", "text/json", "application/jsonx", "application/json-patch+json",
            "application/vnd.api+json", "text/csv", null};
        String type = types[random.nextInt(types.length)];
        boolean xsrfType = type != null && (type.startsWith("text/plain")
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
        byte[] body = bytes(endpoint == RestEndpoints.CLOSE ? "{}" : render(validBody(endpoint)));
        String path = endpoint == RestEndpoints.CLOSE ? closePath(fixture.previous()) : validPath(endpoint);
        if (xsrfType && random.nextBoolean()) {
            // Jira's XSRF rule answers before the plugin
            add(endpoint, "xsrf content type", endpoint.method(), path, type, Map.of(), body, Set.of(403, 415),
                    Set.of(ANY_FIELD), true);
        } else {
            add(endpoint, "content type", endpoint.method(), path, type, Map.of("X-Atlassian-Token", "no-check"),
                    body, Set.of(415), Set.of(ANY_FIELD), false);
        }
    }

    private void unsupportedMethod(Endpoint endpoint) {
        String[] methods = endpoint.writes() ? new String[] {"GET", "DELETE", "PATCH", "PUT".equals(endpoint.method())
                ? "POST" : "PUT"} : new String[] {"DELETE", "PATCH", "POST", "PUT"};
        String method = methods[random.nextInt(methods.length)];
        if (RestEndpoints.ALL.stream().anyMatch(e -> e.method().equals(method)
                && e.template().equals(endpoint.template()))) {
            return;
        }
        String path = endpoint == RestEndpoints.CLOSE ? closePath(fixture.previous()) : validPath(endpoint);
        byte[] body = "GET".equals(method) ? null : bytes(endpoint.writes() && endpoint != RestEndpoints.CLOSE
                ? render(validBody(endpoint)) : "{}");
        add(endpoint, "unsupported method", method, path, "GET".equals(method) ? null : JSON, Map.of(), body,
                Set.of(405), Set.of(ANY_FIELD), false);
    }

    // ---------------------------------------------------------------- read endpoints

    private void read(Endpoint endpoint) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            String[] accept = {"application/xml", "text/html", "image/png", "text/plain", "application/pdf"};
            String type = accept[random.nextInt(accept.length)];
            add(endpoint, "unacceptable Accept", "GET", validPath(endpoint), null, Map.of("Accept", type), null,
                    Set.of(406), Set.of(ANY_FIELD), false);
        } else if (dice < 15) {
            unsupportedMethod(endpoint);
        } else if (endpoint == RestEndpoints.STATUSES) {
            queryMonth(endpoint);
        } else if (endpoint == RestEndpoints.AUDIT && dice < 60) {
            String limit = pick(LIMITS);
            add(endpoint, "limit", "GET", path(endpoint, fixture.projectKey(), fixture.current(), null)
                    + "?limit=" + query(limit), null, Map.of(), null, Set.of(400), Set.of("limit"), false);
        } else {
            pathGarbage(endpoint);
        }
    }

    private void queryMonth(Endpoint endpoint) {
        int dice = random.nextInt(10);
        String path = Sandbox.REST_PATH + "/statuses";
        if (dice == 0) {
            add(endpoint, "no month", "GET", path, null, Map.of(), null, Set.of(400), Set.of("month"), false);
        } else if (dice == 1) {
            add(endpoint, "empty month", "GET", path + "?month=", null, Map.of(), null, Set.of(400), Set.of("month"),
                    false);
        } else {
            String month = pick(MONTHS);
            add(endpoint, "month", "GET", path + "?month=" + query(month), null, Map.of(), null, Set.of(400),
                    Set.of("month"), false);
        }
    }

    // ---------------------------------------------------------------- path parameters

    /** One path parameter of an otherwise valid request is garbage; the body (if any) is valid. */
    private void pathGarbage(Endpoint endpoint) {
        List<String> params = new ArrayList<>();
        if (endpoint.template().contains("{projectKey}")) {
            params.add("projectKey");
        }
        if (endpoint.template().contains("{month}") || endpoint.template().contains("{effectiveMonth}")) {
            params.add("month");
            params.add("month");
        }
        if (endpoint.template().contains("{worklogId}")) {
            params.add("worklogId");
            params.add("worklogId");
        }
        if (endpoint.template().contains("{issueKey}")) {
            params.add("issueKey");
            params.add("issueKey");
        }
        if (params.isEmpty()) {
            queryMonth(endpoint);
            return;
        }
        String param = params.get(random.nextInt(params.size()));
        String project = fixture.projectKey();
        String month = validMonth(endpoint);
        String worklog = fixture.worklogId();
        String issueKey = RestEndpoints.ISSUE_KEY;
        Set<Integer> statuses;
        Set<String> fields;
        String garbage;
        String kind;
        boolean hostMayAnswer = false;
        switch (param) {
            case "projectKey" -> {
                garbage = pick(PROJECT_KEYS);
                project = segment(garbage);
                statuses = Set.of(404);
                fields = Set.of("projectKey");
                kind = "projectKey";
            }
            case "month" -> {
                String monthField = endpoint == RestEndpoints.PUT_TERMS ? "effectiveMonth" : "month";
                if (random.nextInt(4) == 0) {
                    // well-formed months the endpoint cannot act on
                    Object[] conflict = monthConflict(endpoint);
                    garbage = (String) conflict[0];
                    @SuppressWarnings("unchecked")
                    Set<Integer> expected = (Set<Integer>) conflict[1];
                    statuses = expected;
                    fields = expected.contains(400) ? Set.of(monthField) : Set.of(ANY_FIELD);
                    kind = "month in the wrong state";
                } else {
                    garbage = pick(MONTHS);
                    statuses = Set.of(400);
                    fields = Set.of(monthField);
                    kind = "month";
                }
                month = segment(garbage);
            }
            case "issueKey" -> {
                // no such issue in the project (another project's issue included): the unknown issue's 404
                garbage = pick(ISSUE_KEYS);
                statuses = Set.of(404);
                fields = Set.of(ANY_FIELD);
                kind = "issueKey";
                issueKey = segment(garbage);
            }
            default -> {
                if (random.nextInt(4) == 0) {
                    garbage = random.nextBoolean() ? fixture.otherProjectsWorklogId()
                            : new String[] {"0", "999999999999", "999999999999999999"}[random.nextInt(3)];
                    statuses = Set.of(404);
                    fields = Set.of(ANY_FIELD);
                    kind = "worklog without a booking in the project";
                } else {
                    garbage = pick(WORKLOG_IDS);
                    statuses = Set.of(400);
                    fields = Set.of("worklogId");
                    kind = "worklogId";
                }
                worklog = segment(garbage);
            }
        }
        if (garbage.isEmpty() || garbage.chars().anyMatch(c -> c < 0x20 || c == 0x7F || "/\\;%".indexOf(c) >= 0)
                || garbage.equals(".") || garbage.equals("..") || garbage.length() > 2000) {
            // the container may refuse such a URI itself (400, 404, 414) before any resource runs
            hostMayAnswer = true;
            statuses = Set.of();
        }
        String path = Sandbox.REST_PATH + endpoint.path(project, month, worklog, issueKey);
        byte[] body = null;
        String type = null;
        if (endpoint.writes()) {
            type = JSON;
            body = bytes(endpoint == RestEndpoints.CLOSE ? "{}" : render(validBody(endpoint)));
        }
        add(endpoint, kind, endpoint.method(), path, type, Map.of(), body, statuses, fields, hostMayAnswer);
    }

    /** A well-formed month the endpoint must refuse, with the statuses allowed. */
    private Object[] monthConflict(Endpoint endpoint) {
        if (endpoint == RestEndpoints.PUT_TERMS) {
            return new Object[] {random.nextBoolean() ? fixture.closed() : "1970-01", Set.of(400)};
        }
        if (endpoint == RestEndpoints.TOP_UP) {
            return new Object[] {fixture.closed(), Set.of(409)};
        }
        if (endpoint == RestEndpoints.CLOSE) {
            String[] months = {fixture.current(), fixture.next(), fixture.closed(), "2999-12"};
            String month = months[random.nextInt(months.length)];
            return new Object[] {month, Set.of(409, 404)};
        }
        // no terms in force that early (the demo contracts start two months ago)
        return new Object[] {random.nextBoolean() ? "1970-01" : "1999-12", Set.of(404)};
    }

    private String validMonth(Endpoint endpoint) {
        if (endpoint == RestEndpoints.PUT_TERMS) {
            return fixture.next();
        }
        if (endpoint == RestEndpoints.BILLING || endpoint == RestEndpoints.BILLING_CSV
                || endpoint == RestEndpoints.BILLING_XLS) {
            return fixture.previous();
        }
        if (endpoint == RestEndpoints.CLOSE) {
            return fixture.previous();
        }
        return fixture.current();
    }

    private String validPath(Endpoint endpoint) {
        if (endpoint == RestEndpoints.STATUSES) {
            return Sandbox.REST_PATH + "/statuses?month=" + fixture.current();
        }
        return path(endpoint, fixture.projectKey(), validMonth(endpoint), fixture.worklogId());
    }

    private String closePath(String month) {
        return path(RestEndpoints.CLOSE, fixture.projectKey(), month, null);
    }

    private static String path(Endpoint endpoint, String project, String month, String worklog) {
        return Sandbox.REST_PATH + endpoint.path(project, month, worklog == null ? "0" : worklog);
    }

    // ---------------------------------------------------------------- bodies

    private Map<String, Object> validBody(Endpoint endpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (endpoint == RestEndpoints.PUT_TERMS) {
            Map<String, Object> levels = new LinkedHashMap<>();
            levels.put("L1", level("480", "70"));
            levels.put("L2", level("720", "80.50"));
            levels.put("L3", level("720", "90"));
            body.put("levels", levels);
            body.put("zoneId", str("Europe/Berlin"));
            body.put("currency", str("EUR"));
            Map<String, Object> rounding = new LinkedHashMap<>();
            rounding.put("incrementMinutes", "5");
            rounding.put("mode", str("UP"));
            body.put("rounding", rounding);
            body.put("thresholds", "[80,100]");
            body.put("recipients", "[" + str("it-lead@customer.example") + "]");
            Map<String, Object> carry = new LinkedHashMap<>();
            carry.put("policy", str("NONE"));
            body.put("carryOver", carry);
            body.put("overagePolicy", str("NOT_BILLED"));
            body.put("defaultLevel", str("L1"));
        } else if (endpoint == RestEndpoints.TOP_UP) {
            body.put("level", str("L1"));
            body.put("minutes", "60");
            body.put("reason", str("Approved by customer"));
        } else if (endpoint == RestEndpoints.SUSPEND) {
            body.put("level", str("L2"));
            body.put("reason", str("Budget exhausted"));
        } else if (endpoint == RestEndpoints.RESUME) {
            body.put("level", str("L2"));
        } else if (endpoint == RestEndpoints.CORRECT_LEVEL) {
            body.put("level", str("L3"));
            body.put("reason", str("Defect analysis"));
        } else if (endpoint == RestEndpoints.CATEGORY) {
            body.put("category", str("CHANGE_REQUEST"));
        } else if (endpoint == RestEndpoints.PREPARE_CHANGE_REQUEST) {
            body.put("scope", str("Export of the parts list"));
            body.put("estimateMinutes", "60");
            body.put("level", str("L3"));
        } else if (endpoint == RestEndpoints.WITHDRAW_CHANGE_REQUEST) {
            body.put("comment", str("later"));
        } else if (endpoint == RestEndpoints.DECIDE_CHANGE_REQUEST) {
            body.put("approve", "true");
            body.put("comment", str("Approved by phone"));
        }
        return body;
    }

    private static Map<String, Object> level(String minutes, String rate) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("contingentMinutes", minutes);
        level.put("rateAmount", rate);
        return level;
    }

    private static String requiredField(Endpoint endpoint) {
        if (endpoint == RestEndpoints.PUT_TERMS) {
            return "levels";
        }
        if (endpoint == RestEndpoints.TOP_UP || endpoint == RestEndpoints.CORRECT_LEVEL) {
            return "level";
        }
        if (endpoint == RestEndpoints.CATEGORY) {
            return "category";
        }
        if (endpoint == RestEndpoints.PREPARE_CHANGE_REQUEST) {
            return "estimateMinutes";
        }
        if (endpoint == RestEndpoints.DECIDE_CHANGE_REQUEST) {
            return "approve";
        }
        return null;
    }

    /** The fields of the endpoint's body and a generator of invalid raw JSON values for each. */
    private static List<Map.Entry<String, Function<Random, String[]>>> mutableFields(Endpoint endpoint) {
        List<Map.Entry<String, Function<Random, String[]>>> fields = new ArrayList<>();
        if (endpoint == RestEndpoints.PUT_TERMS) {
            for (String level : new String[] {"L1", "L2", "L3"}) {
                fields.add(Map.entry("levels." + level, r -> pickValue(r, OBJECT_WRONG, "null")));
                fields.add(Map.entry("levels." + level + ".contingentMinutes", r -> pickValue(r, CONTINGENTS)));
                fields.add(Map.entry("levels." + level + ".rateAmount", r -> pickValue(r, RATES)));
                fields.add(Map.entry("levels." + level + ".carryOverCapMinutes", r -> pickValue(r, CAPS)));
            }
            fields.add(Map.entry("levels", r -> pickValue(r, OBJECT_WRONG, "null", "{}")));
            fields.add(Map.entry("zoneId", r -> pickValue(r, ZONES)));
            fields.add(Map.entry("currency", r -> pickValue(r, CURRENCIES)));
            fields.add(Map.entry("rounding", r -> pickValue(r, OBJECT_WRONG)));
            fields.add(Map.entry("rounding.incrementMinutes", r -> pickValue(r, INCREMENTS)));
            fields.add(Map.entry("rounding.mode", r -> pickValue(r, ENUM_VALUES)));
            fields.add(Map.entry("thresholds", r -> pickValue(r, THRESHOLDS)));
            fields.add(Map.entry("recipients", r -> pickValue(r, RECIPIENTS)));
            fields.add(Map.entry("recipients", r -> pickValue(r, RECIPIENTS)));
            fields.add(Map.entry("carryOver", r -> pickValue(r, OBJECT_WRONG)));
            fields.add(Map.entry("carryOver.policy", r -> pickValue(r, ENUM_VALUES)));
            fields.add(Map.entry("overagePolicy", r -> pickValue(r, ENUM_VALUES)));
            fields.add(Map.entry("defaultLevel", r -> pickValue(r, LEVEL_VALUES)));
        } else if (endpoint == RestEndpoints.CATEGORY) {
            fields.add(Map.entry("category", r -> pickValue(r, CATEGORY_VALUES, "null")));
        } else if (endpoint == RestEndpoints.PREPARE_CHANGE_REQUEST) {
            fields.add(Map.entry("scope", r -> pickValue(r, REASONS, "null", str(""), str("  "))));
            fields.add(Map.entry("estimateMinutes", r -> pickValue(r, TOP_UP_MINUTES)));
            fields.add(Map.entry("estimateMinutes", r -> pickValue(r, TOP_UP_MINUTES)));
            fields.add(Map.entry("level", r -> pickValue(r, LEVEL_VALUES)));
        } else if (endpoint == RestEndpoints.WITHDRAW_CHANGE_REQUEST) {
            fields.add(Map.entry("comment", r -> pickValue(r, REASONS)));
        } else if (endpoint == RestEndpoints.DECIDE_CHANGE_REQUEST) {
            fields.add(Map.entry("approve", r -> pickValue(r, BOOLEAN_VALUES)));
            fields.add(Map.entry("comment", r -> pickValue(r, REASONS, "null", str(" "))));
        } else {
            boolean required = endpoint == RestEndpoints.TOP_UP || endpoint == RestEndpoints.CORRECT_LEVEL;
            fields.add(Map.entry("level", r -> required ? pickValue(r, LEVEL_VALUES, "null")
                    : pickValue(r, LEVEL_VALUES)));
            fields.add(Map.entry("level", r -> required ? pickValue(r, LEVEL_VALUES, "null")
                    : pickValue(r, LEVEL_VALUES)));
            if (endpoint == RestEndpoints.TOP_UP) {
                fields.add(Map.entry("minutes", r -> pickValue(r, TOP_UP_MINUTES)));
                fields.add(Map.entry("minutes", r -> pickValue(r, TOP_UP_MINUTES)));
            }
            if (endpoint != RestEndpoints.RESUME) {
                fields.add(Map.entry("reason", r -> pickValue(r, REASONS)));
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- value pools (raw JSON; all invalid)

    private static final String SYNTAX = "syntax";

    private static final String[] TYPE_WRONG_FOR_TEXT = {"1", "-1", "1.5", "1e400", "true", "false", "[]",
        "[\"L1\"]", "{}", "{\"key\":\"L1\"}"};

    private static final String[] LEVEL_VALUES = concat(TYPE_WRONG_FOR_TEXT, strs("L4", "L0", "l1", "", " ",
            "L1 ", " L2", "\uFF2C1", "L1\u200B", "L\u0661", "L1\u0000", "L\u00001", "<script>alert(1)</script>",
            "L".repeat(3000), "L1,L2", "null", "\uD800", "L2\uDFFF", "L\u202E3", "LEVEL_1", "1", "'L1'",
            "\"><img src=x onerror=alert(1)>"));

    /** Not a category key: the labels and stored values included, which only Jira's own field takes. */
    private static final String[] CATEGORY_VALUES = concat(TYPE_WRONG_FOR_TEXT, strs("Change request",
            "change_request", "CHANGE REQUEST", "CHANGE-REQUEST", "Question", "question", "", " ", "DEFECT ",
            " DEFECT", "DEFECT\u0000", "D\u0000EFECT", "\uFF24EFECT", "DEFECT\u200B", "BUG", "FEATURE",
            "QUESTION,DEFECT", "<script>alert(1)</script>", "C".repeat(3000), "null", "\uD800", "DEFECT\uDFFF",
            "\u0130SSUE", "\"><img src=x onerror=alert(1)>", "\u00c4nderungswunsch"));

    private static final String[] ENUM_VALUES = concat(TYPE_WRONG_FOR_TEXT, strs("SIDEWAYS", "up", "", "U\u0000P",
            "\uFF35\uFF30", "<img src=x onerror=alert(1)>", "X".repeat(2500), "NOT BILLED", "none", "BILLED",
            "UNUSED", "\uD83D\uDE00"));

    private static final String[] ZONES = concat(TYPE_WRONG_FOR_TEXT, strs("Mars/Olympus", "", "UTC",
            "+01:00", "Europe/\u0000Berlin", "../../../etc/passwd", "America/New_York", "Z".repeat(2001),
            "Europe/Berlin,UTC", "GMT+99", "\u00C9urope/Berlin", "<script>alert(1)</script>"));

    private static final String[] CURRENCIES = concat(TYPE_WRONG_FOR_TEXT, strs("EURO", "\u20AC", "", "USD",
            "XX", "E\u0000UR", "JPY", "XAU", "CHF", "\uFF25\uFF35\uFF32", "<b>EUR</b>"));

    /** Not a JSON boolean (text, numbers and containers are not coerced). */
    private static final String[] BOOLEAN_VALUES = {"1", "0", "\"true\"", "\"yes\"", "[]", "{}", "null", "1.5",
        "[true]"};

    private static final String[] TOP_UP_MINUTES = {"0", "-5", "-60", "7", "3", "10000005", "99999999999",
        "9223372036854775807", "9223372036854775808|" + SYNTAX, "-9223372036854775809|" + SYNTAX, "60.5", "6E1",
        "6.0E+1", "1e400", "\"60\"", "true", "[60]", "{}", "null", "-0", "1e-400", "60.0"};

    private static final String[] CONTINGENTS = {"-5", "-1", "7", "481", "10000005", "9223372036854775807",
        "99999999999999999999|" + SYNTAX, "480.5", "4.8E2", "480.0", "\"480\"", "true", "[]", "{}", "null",
        "-9223372036854775808"};

    private static final String[] CAPS = {"\"60\"", "true", "60.5", "[]", "{}", "10000005",
        "99999999999999999999|" + SYNTAX, "1E3"};

    private static final String[] RATES = {"-1", "-0.01", "70.001", "70.123456789012", "1000000.01", "1E+7",
        "1e400", "1e-400", "\"70\"", "true", "[70]", "{}", "null", "0.000000000001", "-1E+2",
        "12345678901234567890.5"};

    private static final String[] INCREMENTS = {"0", "-5", "61", "100000", "2147483648|" + SYNTAX, "5.5", "\"5\"",
        "true", "[]", "{}", "5E0", "-2147483649|" + SYNTAX};

    private static final String[] OBJECT_WRONG = {"[]", "[{}]", "\"x\"", "1", "true", "\"{}\""};

    private static final String[] THRESHOLDS = {"\"80\"", "80", "{}", "[[80]]", "[\"80\"]", "[80.5]", "[null]",
        "[150]", "[0]", "[-5]", "[101]", "[1,2,3,4,5,6,7,8,9,10,11]", "[80,80]", "[true]", "[2147483648]|" + SYNTAX,
        "[8E1]"};

    private static final String[] RECIPIENTS = {str("a@b.example"), "[1]", "[null]", "[" + str("") + "]",
        "[" + str("not-an-address") + "]", "[" + str("a@b") + "]",
        "[" + str("<script>alert(1)</script>@x.example") + "]",
        "[" + str("\"><img src=x onerror=alert(1)>@x.example") + "]",
        "[" + str("javascript:alert(1)@x.example") + "]", "[" + str("a@b.example\u0000") + "]",
        "[" + str("a\u0000b@x.example") + "]", "[" + str("a@b.example\r\nBcc: c@d.example") + "]",
        "[" + str("a@b.example") + "," + str("A@B.EXAMPLE") + "]", "[{\"a\":1}]", "[[" + str("a@b.example") + "]]",
        "[" + str("x".repeat(300) + "@b.example") + "]", manyRecipients(51), "[" + str("a@b..example") + "]",
        "[" + str("a@@b.example") + "]", "[" + str("'';!--\"<XSS>=&{()}@x.example") + "]",
        "[" + str("a@b.example>") + "]", "[" + str("\u0007bell@x.example") + "]"};

    private static final String[] REASONS = concat(new String[] {"1", "true", "[]", "{}", "[\"a\"]"},
            strs("x".repeat(2001), "\u00fc".repeat(2001), "y".repeat(100_000), "a\u0000b", "\u0007",
                    "\u001B[31mred", "line\u000Bfeed", "\u007F", "\u0085next", "\uD800", "end\uDBFF",
                    "\uDC00start", "ok\u0000", "<script>alert(1)</script>" + "z".repeat(2000),
                    // invisible format characters (Unicode Cf): bidi override and isolate, zero-width, BOM, soft hyphen
                    "approved\u202E by nobody", "zero\u200Bwidth", "\u2066isolated\u2069", "\uFEFF", "a\u00ADb"));

    private static final String[] PROJECT_KEYS = {"NOPE", "acme", "ACME ", " ACME", "ACMEE", "AC ME",
        "A".repeat(300), "\uFF21\uFF23\uFF2D\uFF25", "ACME\u0000", "<script>alert(1)</script>", "' OR 1=1 --",
        "ACME;DROP", "ACM\u00C9", "\u0410CME", "ACME\u200B", "*", "%", "ACME%2F..", "..", "null", "", "A".repeat(9000),
        "ACME\\", "{projectKey}", "ACME?x=1", "ACME#x"};

    private static final String[] MONTHS = {"2026-13", "2026-00", "2026-4", "26-04", "+2026-04", "-2026-04",
        "202604", "2026-04-01", "2026-04 ", " 2026-04", "1969-12", "3000-01", "9999-12", "0000-01",
        "\uFF12\uFF10\uFF12\uFF16-\uFF10\uFF14", "2026-O4", "april", "2026-04\u0000", "2026\u201304", "2026-1a",
        "\u0661\u0669\u0667\u0660-\u0660\u0661", "+99999-01", "2026-99", "null", "NaN", "1e3", "2026_04",
        "2026.04", "04-2026", "2026-04T00", "<script>", "9".repeat(4000), "2026-\u0000", "%", "2026-04%"};

    private static final String[] WORKLOG_IDS = {"-1", "1.5", "1e3", "abc", "0x10", "1234567890123456789",
        "99999999999999999999999", " 1", "\uFF11", "1\u0000", "+1", "1 ", "NaN", "-0", "\u0661", "1;2", "1,2",
        "<script>"};

    /** Issue keys of no issue in the project; another project's issues and encoded tricks included. */
    private static final String[] ISSUE_KEYS = {"ACME-0", "ACME-99999", "ACME-1 ", " ACME-1", "ACME-01", "ACME--1",
        "NORD-1", "MUE-5", "ACME", "1", "10100", "ACME-1\u0000", "\uFF21CME-1", "ACME-\u0661", "<script>",
        "' OR 1=1 --", "A".repeat(300), "ACME-1;DROP", "ACME-1,ACME-2", "null", "*", "{issueKey}", "ACME-1?x=1",
        "ACME-1#x", "..", ""};

    private static final String[] LIMITS = {"0", "501", "-1", "abc", "1e2", "1.5", "", "99999", "\uFF11\uFF10",
        "10 ", " 10", "0x10", "2147483648", "+10", "9".repeat(50), "NaN", "10\u0000", "\u0661"};

    private static String[] pickValue(Random random, String[] pool, String... extra) {
        String value = random.nextInt(pool.length + extra.length) < pool.length
                ? pool[random.nextInt(pool.length)] : extra[random.nextInt(extra.length)];
        int bar = value.lastIndexOf("|" + SYNTAX);
        if (bar > 0 && bar + SYNTAX.length() + 1 == value.length()) {
            return new String[] {value.substring(0, bar), SYNTAX};
        }
        return new String[] {value};
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static String manyRecipients(int count) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ",").append(str("r" + i + "@customer.example"));
        }
        return list.append(']').toString();
    }

    private static String duplicateValue(String key) {
        return switch (key) {
            case "minutes" -> "120";
            case "levels" -> "{}";
            default -> str("L3");
        };
    }

    // ---------------------------------------------------------------- JSON text

    /** A JSON string literal of {@code value} (control characters and lone surrogates as escapes). */
    static String str(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || (c >= 0x80 && c < 0xA0)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String[] strs(String... values) {
        return Arrays.stream(values).map(HostileRequests::str).toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Renders a body whose leaves are raw JSON texts and whose inner nodes are maps. */
    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> body) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            out.append(first ? "" : ",").append(str(entry.getKey())).append(':');
            first = false;
            Object value = entry.getValue();
            out.append(value instanceof Map ? render((Map<String, Object>) value) : (String) value);
        }
        return out.append('}').toString();
    }

    /** Sets the raw JSON at a dotted path, replacing whatever was there. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String path, String raw) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.get(parts[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(parts[i], child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(parts[parts.length - 1], raw);
    }

    private static void putRaw(Map<String, Object> body, String path, String raw) {
        int dot = path.indexOf('.');
        int levelDot = path.startsWith("levels.") ? path.indexOf('.', "levels.L1.".length() - 1) : dot;
        if (dot < 0 || levelDot < 0) {
            body.put(path, raw);
            return;
        }
        // the field name itself may contain dots or odd characters: only the known parents are split off
        String parent = path.substring(0, levelDot);
        String name = path.substring(levelDot + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> node = parent.startsWith("levels.")
                ? (Map<String, Object>) ((Map<String, Object>) body.get("levels")).get(parent.substring(7))
                : (Map<String, Object>) body.get(parent);
        node.put(name, raw);
    }

    private static void remove(Map<String, Object> body, String path) {
        body.remove(path);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A path segment: every character but unreserved ones percent-encoded as UTF-8. */
    static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    private static String query(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8);
    }

    private void add(Endpoint endpoint, String kind, String method, String path, String contentType,
            Map<String, String> headers, byte[] body, Set<Integer> statuses, Set<String> fields,
            boolean hostMayAnswer) {
        requests.add(new Request(requests.size() + 1, endpoint, kind, method, path, contentType, headers, body,
                statuses, fields, hostMayAnswer));
    }

    static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)
                || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out + (body.length > 400 ? "..." : "");
    }

    /** The module's limit on request bodies, as docs/rest-api.md states it. */
    static final class JsonLimits {
        static final int MAX_BODY_BYTES = 1 << 20;

        private JsonLimits() {
        }
    }
}
