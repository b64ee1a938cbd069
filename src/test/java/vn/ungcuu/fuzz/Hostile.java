package vn.ungcuu.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Tokens;

/** The generators of hostile request parts; each mixes plausible values in, so requests get deep. */
final class Hostile {

    record Body(String contentType, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Values that have broken services before: injections, encodings, numbers at their limits. */
    private static final List<String> CURATED = List.of("", " ", "\u0000", "a\u0000b", "%00", "../../etc/passwd",
            "..", ".", "' OR 1=1--", "\"; DROP TABLE incident;--", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "%s%s%n", "-1", "0", "2147483648", "-9223372036854775809", "99999999999999999999999", "1e309", "NaN",
            "true", "null", "{}", "[]", "\uD800", "\uFEFF", "\u202E", "𝕌𝕟𝕘ℂ𝕦𝕦", "Ứng cứu sự cố", "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "01a228bd-f3a5-73fd-b755-867182059c55",
            "00000000-0000-0000-0000-000000000000", "SC-2026-000001", "x".repeat(1000), "é".repeat(5000),
            "a,b,c", "LOW,HIGH", "-createdAt,createdAt");

    private Hostile() {
    }

    /** Values for bodies: up to 70,000 characters. */
    static Arbitrary<String> text() {
        return text(70_000);
    }

    /** Values for paths and queries: up to 12,000 characters, past the URI limit but below the codec's. */
    static Arbitrary<String> urlText() {
        return text(12_000);
    }

    private static Arbitrary<String> text(int longest) {
        return Arbitraries.frequencyOf(
                Tuple(4, Arbitraries.of(CURATED)),
                Tuple(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple(1, Arbitraries.strings().withChars('a', 'Z', '9', '%', '/').ofMinLength(2000).ofMaxLength(longest)));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> Tuple(int weight,
            Arbitrary<? extends String> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }

    /** An Authorization header: mostly a valid token of some role, else garbage, or none. */
    static Arbitrary<String> caller(String reporterToken) {
        Arbitrary<String> valid = Arbitraries.of(Tokens.admin(), Tokens.coordinator(), reporterToken,
                Tokens.auditor(), Tokens.provincial(), Tokens.responder("responder-1"))
                .map(token -> "Bearer " + token);
        Arbitrary<String> broken = Arbitraries.of("Bearer ", "Bearer " + Tokens.expired(), "Bearer " + Tokens.tampered(),
                "Bearer " + Tokens.token("x", List.of(Roles.REPORTER), null), "Basic YWRtaW46YWRtaW4=",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer " + "A".repeat(5000))
                .injectNull(0.3);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, valid), net.jqwik.api.Tuple.of(2, broken));
    }

    /** The path with each parameter a known id (so requests reach the code) or a hostile segment. */
    static Arbitrary<String> pathFor(Operations.Operation operation, Map<String, String> ids) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        List<Arbitrary<String>> segments = new ArrayList<>();
        List<String> known = new ArrayList<>();
        while (parameters.find()) {
            String before = operation.path().substring(0, parameters.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            known.add(ids.getOrDefault(collection, "unknown"));
            segments.add(Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(6, Arbitraries.just(ids.getOrDefault(collection, "unknown"))),
                    net.jqwik.api.Tuple.of(4, urlText().map(Hostile::encode))));
        }
        if (segments.isEmpty()) {
            return Arbitraries.just(operation.path());
        }
        return Combinators.combine(segments).as(values -> {
            StringBuilder path = new StringBuilder();
            Matcher again = PATH_PARAMETER.matcher(operation.path());
            int i = 0;
            while (again.find()) {
                again.appendReplacement(path, Matcher.quoteReplacement(values.get(i++)));
            }
            again.appendTail(path);
            return path.toString();
        });
    }

    /** The path with every parameter a known id. */
    static String knownPath(Operations.Operation operation, Map<String, String> ids) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String before = operation.path().substring(0, parameters.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            parameters.appendReplacement(path, Matcher.quoteReplacement(ids.getOrDefault(collection, "unknown")));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    /** The declared query parameters, each absent, plausible or hostile, sometimes repeated, plus strangers. */
    static Arbitrary<String> query(Operations.Operation operation) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (Operations.Parameter parameter : operation.in("query")) {
            parts.add(urlText().map(value -> parameter.name() + "=" + encode(value)).list().ofMaxSize(3)
                    .map(values -> String.join("&", values)));
        }
        parts.add(urlText().map(value -> "unknownParameter=" + encode(value)).injectNull(0.8).map(v -> v == null ? "" : v));
        return Combinators.combine(parts).as(values -> String.join("&", values.stream().filter(v -> !v.isEmpty()).toList()));
    }

    /** Some of the headers the API reads, with hostile values. */
    static Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> accept = Arbitraries.of("application/json", "*/*", "text/csv", "application/x-ndjson",
                "application/xml", "text/html;q=0.9, application/json;q=0.1", "garbage", "application/problem+json");
        return Combinators.combine(accept.injectNull(0.5), ascii().injectNull(0.7), ascii().injectNull(0.7),
                ascii().injectNull(0.8), ascii().injectNull(0.9)).as((a, ifMatch, key, requestId, ifNoneMatch) -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    put(headers, "Accept", a);
                    put(headers, "If-Match", ifMatch);
                    put(headers, "Idempotency-Key", key);
                    put(headers, "X-Request-Id", requestId);
                    put(headers, "If-None-Match", ifNoneMatch);
                    return headers;
                });
    }

    /** Header values must be visible ASCII to be sent at all; within that, anything. */
    private static Arbitrary<String> ascii() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("\"1\"", "*", "W/\"1\"", "\"999999999999999999999\"", "\"\"",
                        "x".repeat(300), "\"-1\"", "'; DROP TABLE x")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~')
                        .ofMaxLength(200)));
    }

    /** A body: the schema's sample, mutated, or raw hostile bytes; sometimes one for an operation without. */
    static Arbitrary<Body> body(Operations.Operation operation, Operations operations, Map<String, String> ids) {
        if (operation.bodyType() == null) {
            return Arbitraries.of(new Body("application/json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8)),
                    new Body("text/plain", "hello".getBytes(StandardCharsets.UTF_8))).injectNull(0.8);
        }
        if (operation.bodyType().startsWith("multipart/")) {
            return multipart();
        }
        JsonNode sample = operations.sample(operation.bodySchema(), ids, 0);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(json(sample))),
                net.jqwik.api.Tuple.of(5, mutated(sample)),
                net.jqwik.api.Tuple.of(3, raw()));
    }

    private static Arbitrary<Body> mutated(JsonNode sample) {
        List<String> fields = new ArrayList<>();
        sample.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            fields.add("unknownField");
        }
        Arbitrary<JsonNode> hostileValue = Arbitraries.oneOf(
                text().map(JsonNodeFactory.instance::textNode),
                Arbitraries.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-1),
                        JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.numberNode(1.5e308),
                        JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.arrayNode()),
                text().list().ofMaxSize(2000).map(values -> {
                    var array = JsonNodeFactory.instance.arrayNode();
                    values.forEach(array::add);
                    return (JsonNode) array;
                }));
        return Combinators.combine(Arbitraries.of(fields), hostileValue, Arbitraries.of(true, false))
                .as((field, value, replace) -> {
                    ObjectNode copy = sample.isObject() ? ((ObjectNode) sample).deepCopy() : JsonNodeFactory.instance.objectNode();
                    if (replace) {
                        copy.set(field, value);
                    } else {
                        copy.remove(field);
                        copy.set("unexpected_" + field, value);
                    }
                    return json(copy);
                });
    }

    private static Arbitrary<Body> raw() {
        return Arbitraries.of(
                new Body("application/json", new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                new Body("application/json", "{\"title\": ".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "[".repeat(5000).getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", ("{\"title\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "{\"title\":1,\"title\":2}".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "null".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "\"just a string\"".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json; charset=utf-16", "{\"x\":1}".getBytes(StandardCharsets.UTF_16)),
                new Body("application/merge-patch+json", "{\"title\":null}".getBytes(StandardCharsets.UTF_8)),
                new Body("text/plain", "title=x".getBytes(StandardCharsets.UTF_8)),
                new Body("application/x-www-form-urlencoded", "title=x&description=y".getBytes(StandardCharsets.UTF_8)),
                new Body("multipart/form-data", "no boundary".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "{\"title\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "{\"detectedAt\":\"2026-13-45T99:99:99Z\"}".getBytes(StandardCharsets.UTF_8)));
    }

    /** Multipart uploads with hostile part headers (file names, media types) and framing. */
    private static Arbitrary<Body> multipart() {
        Arbitrary<String> disposition = Arbitraries.of("form-data; name=\"file\"; filename=\"a.txt\"",
                "form-data; name=\"file\"; filename*=NOPE''x", "form-data; name=\"file\"; filename*=UTF-8''%C3%28",
                "form-data; name=\"file\"; filename=\"../../etc/passwd\"", "form-data; name=\"file\"; filename=\"\"",
                "form-data; name=\"file\"", "form-data; name=\"other\"; filename=\"a.txt\"",
                "form-data; name=\"file\"; filename=\"" + "x".repeat(3000) + "\"", "attachment", "");
        Arbitrary<String> type = Arbitraries.of("text/plain", "application/octet-stream", "image/png", "garbage",
                "text/html; charset=\"", "");
        Arbitrary<String> content = Arbitraries.strings().all().ofMaxLength(200);
        return Combinators.combine(disposition, type, content, Arbitraries.of(true, false)).as((d, t, c, closed) -> {
            String boundary = "fuzzboundary";
            String part = "--" + boundary + "\r\n" + (d.isEmpty() ? "" : "Content-Disposition: " + d + "\r\n")
                    + (t.isEmpty() ? "" : "Content-Type: " + t + "\r\n") + "\r\n" + c + "\r\n"
                    + (closed ? "--" + boundary + "--\r\n" : "");
            return new Body("multipart/form-data; boundary=" + boundary, part.getBytes(StandardCharsets.UTF_8));
        });
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

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
