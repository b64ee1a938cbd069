package vn.ungcuu.fuzz;

import static vn.ungcuu.fuzz.Dice.weight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Tokens;

/** The generators of hostile request parts; each mixes plausible values in, so requests get deep. */
final class Hostile {

    record Body(String contentType, byte[] bytes) {
    }

    /** Who sends a request: a name for reports, and the Authorization header (null: none), made when sent. */
    record Caller(String name, Supplier<String> authorization) {

        static final Caller NONE = new Caller("none", () -> null);

        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Values that have broken services before: injections, encodings, numbers at their limits. */
    private static final List<String> CURATED = List.of("", " ", "\u0000", "a\u0000b", "%00", "../../etc/passwd",
            "..", ".", "' OR 1=1--", "\"; DROP TABLE incident;--", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "%s%s%n", "-1", "0", "2147483648", "-9223372036854775809", "99999999999999999999999", "1e309", "NaN",
            "true", "null", "{}", "[]", "\uD800", "\uFEFF", "\u202E", "𝕌𝕟𝕘ℂ𝕦𝕦", "Ứng cứu sự cố", "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "01a228bd-f3a5-73fd-b755-867182059c55",
            "00000000-0000-0000-0000-000000000000", "SC-2026-000001", "x".repeat(1000), "é".repeat(5000),
            "a,b,c", "LOW,HIGH", "-createdAt,createdAt");

    /** Long values: '%' and '/' triple when URL-encoded, which takes paths and queries past the URI limit. */
    private static final char[] LONG_TEXT_CHARACTERS = {'a', 'Z', '9', '%', '/'};

    private static final List<Caller> BROKEN_CALLERS = List.of(
            new Caller("empty bearer", () -> "Bearer "),
            new Caller("expired", () -> "Bearer " + Tokens.expired()),
            new Caller("tampered", () -> "Bearer " + Tokens.tampered()),
            new Caller("reporter without unit", () -> "Bearer " + Tokens.token("x", List.of(Roles.REPORTER), null)),
            new Caller("basic", () -> "Basic YWRtaW46YWRtaW4="),
            new Caller("alg none", () -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
            new Caller("5000-character bearer", () -> "Bearer " + "A".repeat(5000)));

    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/csv",
            "application/x-ndjson", "application/xml", "text/html;q=0.9, application/json;q=0.1", "garbage",
            "application/problem+json");

    private static final List<String> CURATED_HEADER_VALUES = List.of("\"1\"", "*", "W/\"1\"",
            "\"999999999999999999999\"", "\"\"", "x".repeat(300), "\"-1\"", "'; DROP TABLE x");

    private static final List<Body> BODIES_FOR_BODYLESS = List.of(
            new Body("application/json", utf8("{\"x\":1}")), new Body("text/plain", utf8("hello")));

    private static final List<JsonNode> HOSTILE_JSON_VALUES = List.of(NODES.nullNode(), NODES.numberNode(-1),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1.5e308), NODES.booleanNode(true), NODES.objectNode(),
            NODES.arrayNode());

    /** Broken JSON, wrong media types, nesting and size past the limits; built once (one is over 1 MiB). */
    private static final List<Body> RAW_BODIES = List.of(
            new Body("application/json", new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
            new Body("application/json", utf8("{\"title\": ")),
            new Body("application/json", utf8("[".repeat(5000))),
            new Body("application/json", utf8("{\"a\":".repeat(3000) + "1" + "}".repeat(3000))),
            new Body("application/json", utf8("{\"title\":\"" + "x".repeat(1_100_000) + "\"}")),
            new Body("application/json", utf8("{\"title\":1,\"title\":2}")),
            new Body("application/json", utf8("")),
            new Body("application/json", utf8("null")),
            new Body("application/json", utf8("\"just a string\"")),
            new Body("application/json; charset=utf-16", "{\"x\":1}".getBytes(StandardCharsets.UTF_16)),
            new Body("application/merge-patch+json", utf8("{\"title\":null}")),
            new Body("text/plain", utf8("title=x")),
            new Body("application/x-www-form-urlencoded", utf8("title=x&description=y")),
            new Body("multipart/form-data", utf8("no boundary")),
            new Body("application/json", utf8("{\"title\":\"\\u0000\"}")),
            new Body("application/json", utf8("{\"detectedAt\":\"2026-13-45T99:99:99Z\"}")));

    private static final List<String> PART_DISPOSITIONS = List.of("form-data; name=\"file\"; filename=\"a.txt\"",
            "form-data; name=\"file\"; filename*=NOPE''x", "form-data; name=\"file\"; filename*=UTF-8''%C3%28",
            "form-data; name=\"file\"; filename=\"../../etc/passwd\"", "form-data; name=\"file\"; filename=\"\"",
            "form-data; name=\"file\"", "form-data; name=\"other\"; filename=\"a.txt\"",
            "form-data; name=\"file\"; filename=\"" + "x".repeat(3000) + "\"", "attachment", "");

    private static final List<String> PART_TYPES = List.of("text/plain", "application/octet-stream", "image/png",
            "garbage", "text/html; charset=\"", "");

    private Hostile() {
    }

    /** Any operation, with every part of the request possibly hostile. */
    static HostileRequest request(Dice dice, Operations operations, Map<String, String> ids) {
        Operations.Operation operation = dice.oneOf(operations.all());
        return new HostileRequest(operation, caller(dice, ids.get("reporter")), pathFor(dice, operation, ids),
                query(dice, operation), headers(dice), body(dice, operation, operations, ids));
    }

    /** An operation that reads a body, by a caller who may write: where parsing goes deepest. */
    static HostileRequest bodyRequest(Dice dice, Operations operations, Map<String, String> ids) {
        Operations.Operation operation = dice.oneOf(operations.withBodies());
        return new HostileRequest(operation, writer(dice, ids.get("reporter")), knownPath(operation, ids), "",
                Map.of(), body(dice, operation, operations, ids));
    }

    /** Values for bodies: up to 70,000 characters. */
    static String text(Dice dice) {
        return text(dice, 70_000);
    }

    /** Values for paths and queries: up to 12,000 characters, past the URI limit but below the codec's. */
    static String urlText(Dice dice) {
        return text(dice, 12_000);
    }

    private static String text(Dice dice, int longest) {
        return dice.weighted(
                weight(4, d -> d.oneOf(CURATED)),
                weight(3, d -> d.string(Character.MIN_VALUE, Character.MAX_VALUE, 0, 40)),
                weight(1, d -> d.string(LONG_TEXT_CHARACTERS, 2000, longest)));
    }

    /** Mostly a valid token of some role, else a broken Authorization header, or none. */
    static Caller caller(Dice dice, String reporterToken) {
        List<Caller> valid = List.of(bearer("admin", Tokens::admin), bearer("coordinator", Tokens::coordinator),
                bearer("reporter", () -> reporterToken), bearer("auditor", Tokens::auditor),
                bearer("provincial", Tokens::provincial), bearer("responder-1", () -> Tokens.responder("responder-1")));
        return dice.weighted(
                weight(8, d -> d.oneOf(valid)),
                weight(2, d -> d.chance(0.3) ? Caller.NONE : d.oneOf(BROKEN_CALLERS)));
    }

    /** An admin, a coordinator or the reporter: callers who pass authentication and may write. */
    static Caller writer(Dice dice, String reporterToken) {
        return dice.oneOf(List.of(bearer("admin", Tokens::admin), bearer("coordinator", Tokens::coordinator),
                bearer("reporter", () -> reporterToken)));
    }

    private static Caller bearer(String name, Supplier<String> token) {
        return new Caller(name, () -> "Bearer " + token.get());
    }

    /** The path with each parameter a known id (so requests reach the code) or a hostile segment. */
    static String pathFor(Dice dice, Operations.Operation operation, Map<String, String> ids) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String known = knownId(operation, parameters, ids);
            String segment = dice.chance(0.6) ? known : encode(urlText(dice));
            parameters.appendReplacement(path, Matcher.quoteReplacement(segment));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    /** The path with every parameter a known id. */
    static String knownPath(Operations.Operation operation, Map<String, String> ids) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(path, Matcher.quoteReplacement(knownId(operation, parameters, ids)));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    /** The id of the collection the parameter follows ("/incidents/{id}": the incident's). */
    private static String knownId(Operations.Operation operation, Matcher parameter, Map<String, String> ids) {
        String before = operation.path().substring(0, parameter.start());
        String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        return ids.getOrDefault(collection, "unknown");
    }

    /** The declared query parameters, each absent, plausible or hostile, sometimes repeated, plus strangers. */
    static String query(Dice dice, Operations.Operation operation) {
        List<String> parts = new ArrayList<>();
        for (Operations.Parameter parameter : operation.in("query")) {
            for (int i = dice.length(0, 3); i > 0; i--) {
                parts.add(parameter.name() + "=" + encode(urlText(dice)));
            }
        }
        if (dice.chance(0.2)) {
            parts.add("unknownParameter=" + encode(urlText(dice)));
        }
        return String.join("&", parts);
    }

    /** Some of the headers the API reads, with hostile values. */
    static Map<String, String> headers(Dice dice) {
        Map<String, String> headers = new LinkedHashMap<>();
        putSometimes(dice, headers, "Accept", 0.5, d -> d.oneOf(ACCEPTS));
        putSometimes(dice, headers, "If-Match", 0.3, Hostile::ascii);
        putSometimes(dice, headers, "Idempotency-Key", 0.3, Hostile::ascii);
        putSometimes(dice, headers, "X-Request-Id", 0.2, Hostile::ascii);
        putSometimes(dice, headers, "If-None-Match", 0.1, Hostile::ascii);
        return headers;
    }

    private static void putSometimes(Dice dice, Map<String, String> headers, String name, double probability,
            Function<Dice, String> value) {
        if (dice.chance(probability)) {
            headers.put(name, value.apply(dice));
        }
    }

    /** Header values must be visible ASCII to be sent at all; within that, anything. */
    private static String ascii(Dice dice) {
        return dice.weighted(
                weight(3, d -> d.oneOf(CURATED_HEADER_VALUES)),
                weight(2, d -> d.string(' ', '~', 0, 200)));
    }

    /** A body: the schema's sample, mutated, or raw hostile bytes; sometimes one for an operation without. */
    static Body body(Dice dice, Operations.Operation operation, Operations operations, Map<String, String> ids) {
        if (operation.bodyType() == null) {
            return dice.chance(0.2) ? dice.oneOf(BODIES_FOR_BODYLESS) : null;
        }
        if (operation.bodyType().startsWith("multipart/")) {
            return multipart(dice);
        }
        JsonNode sample = operations.sample(operation.bodySchema(), ids, 0);
        return dice.weighted(
                weight(2, d -> json(sample)),
                weight(5, d -> mutated(d, sample)),
                weight(3, d -> d.oneOf(RAW_BODIES)));
    }

    /** The sample with one field given a hostile value, or renamed to one the schema does not know. */
    private static Body mutated(Dice dice, JsonNode sample) {
        List<String> fields = new ArrayList<>();
        sample.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            fields.add("unknownField");
        }
        String field = dice.oneOf(fields);
        JsonNode value = dice.weighted(
                weight(1, d -> NODES.textNode(text(d))),
                weight(1, d -> d.oneOf(HOSTILE_JSON_VALUES)),
                weight(1, Hostile::textArray));
        ObjectNode copy = sample.isObject() ? ((ObjectNode) sample).deepCopy() : NODES.objectNode();
        if (dice.chance(0.5)) {
            copy.set(field, value);
        } else {
            copy.remove(field);
            copy.set("unexpected_" + field, value);
        }
        return json(copy);
    }

    private static JsonNode textArray(Dice dice) {
        ArrayNode array = NODES.arrayNode();
        for (int i = dice.length(0, 2000); i > 0; i--) {
            array.add(text(dice));
        }
        return array;
    }

    /** Multipart uploads with hostile part headers (file names, media types) and framing. */
    private static Body multipart(Dice dice) {
        String disposition = dice.oneOf(PART_DISPOSITIONS);
        String type = dice.oneOf(PART_TYPES);
        String content = dice.string(Character.MIN_VALUE, Character.MAX_VALUE, 0, 200);
        boolean closed = dice.chance(0.5);
        String boundary = "fuzzboundary";
        String part = "--" + boundary + "\r\n"
                + (disposition.isEmpty() ? "" : "Content-Disposition: " + disposition + "\r\n")
                + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n") + "\r\n" + content + "\r\n"
                + (closed ? "--" + boundary + "--\r\n" : "");
        return new Body("multipart/form-data; boundary=" + boundary, utf8(part));
    }

    private static Body json(JsonNode node) {
        try {
            return new Body("application/json", JSON.writeValueAsBytes(node));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
