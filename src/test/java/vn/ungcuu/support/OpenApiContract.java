package vn.ungcuu.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every response that a test receives through REST Assured against the committed contract,
 * {@code openapi/openapi.yaml}: the operation (method and path template) must be documented, the status
 * must be documented for it, the Content-Type must be one of the documented media types, a JSON body
 * must validate against the documented schema (OpenAPI 3.1: JSON Schema 2020-12, format assertions on), and
 * the headers a client reads ({@link #HEADERS}) must be declared where they are sent and sent where they are
 * declared required.
 * A violation is an {@link AssertionError}, so the test that made the request fails.
 *
 * <p>Not checked: paths under {@code /q/} (health, metrics, the document itself), and requests that no
 * documented operation matches when the answer is 404 or 405 (unknown paths and methods are legitimately
 * undocumented). Registered for every test by {@link Api}.
 */
public final class OpenApiContract implements Filter {

    /** The committed contract, relative to the working directory (the module's directory under Maven). */
    public static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    /** The response headers a client reads: each must be declared on the answers that send it. */
    static final List<String> HEADERS = List.of("ETag", "Location", "Link", "Idempotent-Replayed", "X-Request-Id",
            "Retry-After");

    private static final int MAX_ERRORS = 10;
    private static final int MAX_BODY = 1500;

    private static volatile Contract contract;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = URI.create(request.getURI()).getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (path.startsWith("/q/") || path.equals("/q") || isWebAppFile(path)) {
            return response;
        }
        contract().check(method, path, response);
        return response;
    }

    /** The web app's page and bundles are files, not operations of the API. */
    private static boolean isWebAppFile(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/static/");
    }

    private static Contract contract() {
        Contract c = contract;
        if (c == null) {
            synchronized (OpenApiContract.class) {
                c = contract;
                if (c == null) {
                    c = new Contract(DOCUMENT);
                    contract = c;
                }
            }
        }
        return c;
    }

    /** The parsed document, its path templates and the compiled schemas. */
    private static final class Contract {

        private final ObjectMapper json = new ObjectMapper();
        private final JsonNode document;
        private final List<Template> templates = new ArrayList<>();
        private final SchemaRegistry registry;
        private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

        Contract(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("OpenAPI contract not found: " + file.toAbsolutePath()
                        + " (tests must run from the module directory)");
            }
            try {
                document = new YAMLMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
                templates.add(new Template(entry.getKey(), entry.getValue()));
            }
            // the most literal template wins: /units/search before /units/{code}
            templates.sort(Comparator.comparingInt(Template::variables).thenComparing(t -> t.template));
            // OpenAPI 3.1 schemas are JSON Schema 2020-12 in the OAS base dialect. 2020-12 treats format as
            // an annotation; the contract's formats (uuid, date-time, uri, int32, int64) are asserted here.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemaRegistryConfig(config));
        }

        void check(String method, String path, Response response) {
            int status = response.getStatusCode();
            String where = method + " " + path + " -> " + status;

            Template template = null;
            for (Template t : templates) {
                if (t.pattern.matcher(path).matches()) {
                    template = t;
                    break;
                }
            }
            JsonNode operation = template == null ? null : template.item.get(method.toLowerCase(Locale.ROOT));
            if (operation == null || !operation.isObject()) {
                if (status == 404 || status == 405) {
                    return; // an unknown path or method: legitimately undocumented
                }
                throw violation(where, template == null
                        ? "no path in the contract matches " + path
                        : "the contract has no " + method + " operation on " + template.template, response);
            }
            String operationName = method + " " + template.template + " (" + operation.path("operationId").asText()
                    + ")";

            JsonNode responses = operation.path("responses");
            String statusKey = String.valueOf(status);
            JsonNode documented = responses.get(statusKey);
            if (documented == null) {
                statusKey = "default";
                documented = responses.get(statusKey);
            }
            if (documented == null) {
                throw violation(where, "status " + status + " is not documented for " + operationName
                        + "; documented: " + fieldNames(responses), response);
            }
            documented = resolve(documented);
            checkHeaders(where, operationName + " " + statusKey, documented.path("headers"), response);

            byte[] body = response.asByteArray();
            JsonNode content = documented.path("content");
            boolean hasBody = body != null && body.length > 0;
            if (!hasBody) {
                if (content.isObject() && !content.isEmpty() && !"HEAD".equals(method) && status != 204
                        && status != 304) {
                    throw violation(where, "the contract documents a body (" + fieldNames(content) + ") for "
                            + operationName + " " + status + " but the response has none", response);
                }
                return;
            }
            if (!content.isObject() || content.isEmpty()) {
                throw violation(where, "the response has a body (" + response.getContentType()
                        + ") but the contract documents none for " + operationName + " " + status, response);
            }
            String contentType = mediaType(response.getContentType());
            String mediaKey = matchMediaType(content, contentType);
            if (mediaKey == null) {
                throw violation(where, "Content-Type " + (contentType.isEmpty() ? "(none)" : contentType)
                        + " is not documented for " + operationName + " " + status + "; documented: "
                        + fieldNames(content), response);
            }
            JsonNode schemaNode = content.path(mediaKey).get("schema");
            if (schemaNode == null || !isJson(contentType)) {
                return; // nothing to validate against, or not a JSON representation
            }
            JsonNode instance;
            try {
                instance = json.readTree(body);
            } catch (IOException e) {
                throw violation(where, "the body is not valid JSON (" + e.getMessage() + ")", response);
            }
            String schemaKey = method + " " + template.template + " " + statusKey + " " + mediaKey;
            Schema schema = schemas.computeIfAbsent(schemaKey, k -> compile(schemaNode));
            List<Error> errors = schema.validate(instance);
            if (!errors.isEmpty()) {
                StringBuilder what = new StringBuilder("the body does not match the schema of ")
                        .append(operationName).append(' ').append(statusKey).append(' ').append(mediaKey)
                        .append(" (").append(describe(schemaNode)).append("):");
                errors.stream().limit(MAX_ERRORS).forEach(e -> what.append("\n  - ").append(e));
                if (errors.size() > MAX_ERRORS) {
                    what.append("\n  - ... and ").append(errors.size() - MAX_ERRORS).append(" more");
                }
                throw violation(where, what.toString(), response);
            }
        }

        private void checkHeaders(String where, String answer, JsonNode declared, Response response) {
            for (String name : HEADERS) {
                JsonNode declaration = null;
                for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                    if (entry.getKey().equalsIgnoreCase(name)) {
                        declaration = resolve(entry.getValue());
                    }
                }
                boolean sent = response.getHeader(name) != null;
                if (sent && declaration == null) {
                    throw violation(where, "the response sends " + name + " but " + answer
                            + " does not declare it; declared: " + fieldNames(declared), response);
                }
                if (!sent && declaration != null && declaration.path("required").asBoolean(false)) {
                    throw violation(where, answer + " declares " + name + " required but the response has none",
                            response);
                }
            }
        }

        /**
         * A schema of the document, compiled with the whole document around it so that its
         * {@code #/components/...} references resolve: a copy of the document with the schema under
         * {@code $defs} and a top-level {@code $ref} to it (JSON Schema ignores the other top-level keys).
         */
        private Schema compile(JsonNode schemaNode) {
            ObjectNode wrapper = document.deepCopy();
            wrapper.putObject("$defs").set("contract", schemaNode.deepCopy());
            wrapper.put("$ref", "#/$defs/contract");
            return registry.getSchema(wrapper);
        }

        /** Follows {@code $ref: '#/components/responses/X'} (and chains of them) within the document. */
        private JsonNode resolve(JsonNode node) {
            for (int hops = 0; node != null && node.has("$ref"); hops++) {
                String ref = node.get("$ref").asText();
                if (!ref.startsWith("#/") || hops > 10) {
                    throw new AssertionError("OpenAPI contract: cannot resolve " + ref);
                }
                JsonNode target = document.at(ref.substring(1));
                if (target.isMissingNode()) {
                    throw new AssertionError("OpenAPI contract: dangling reference " + ref);
                }
                node = target;
            }
            return node;
        }

        private static String matchMediaType(JsonNode content, String contentType) {
            if (content.has(contentType)) {
                return contentType;
            }
            String best = null;
            for (Map.Entry<String, JsonNode> entry : content.properties()) {
                String key = entry.getKey().toLowerCase(Locale.ROOT);
                if (key.equals(contentType)) {
                    return entry.getKey();
                }
                if (key.endsWith("/*") && contentType.startsWith(key.substring(0, key.length() - 1))
                        || key.equals("*/*")) {
                    if (best == null || best.equals("*/*")) {
                        best = entry.getKey();
                    }
                }
            }
            return best;
        }

        private static String mediaType(String contentType) {
            if (contentType == null) {
                return "";
            }
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                    .toLowerCase(Locale.ROOT);
        }

        private static boolean isJson(String mediaType) {
            return mediaType.equals("application/json") || mediaType.endsWith("+json");
        }

        private String describe(JsonNode schemaNode) {
            if (schemaNode.has("$ref")) {
                return schemaNode.get("$ref").asText();
            }
            try {
                String text = json.writeValueAsString(schemaNode);
                return text.length() > 200 ? text.substring(0, 200) + "..." : text;
            } catch (JsonProcessingException e) {
                return "inline schema";
            }
        }

        private static String fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return String.join(", ", names);
        }

        private static AssertionError violation(String where, String what, Response response) {
            String body = response.asString();
            if (body != null && body.length() > MAX_BODY) {
                body = body.substring(0, MAX_BODY) + "...";
            }
            return new AssertionError("OpenAPI contract violation (openapi/openapi.yaml): " + where + ": " + what
                    + (body == null || body.isEmpty() ? "" : "\nResponse body: " + body));
        }
    }

    /** One entry of {@code paths}: its template as a regular expression. */
    private static final class Template {

        final String template;
        final JsonNode item;
        final Pattern pattern;
        private final int variables;

        Template(String template, JsonNode item) {
            this.template = template;
            this.item = item;
            StringBuilder regex = new StringBuilder();
            int count = 0;
            int at = 0;
            while (at < template.length()) {
                int open = template.indexOf('{', at);
                int close = open < 0 ? -1 : template.indexOf('}', open);
                if (open < 0 || close < 0) {
                    regex.append(Pattern.quote(template.substring(at)));
                    break;
                }
                if (open > at) {
                    regex.append(Pattern.quote(template.substring(at, open)));
                }
                regex.append("[^/]+");
                count++;
                at = close + 1;
            }
            this.pattern = Pattern.compile(regex.toString());
            this.variables = count;
        }

        int variables() {
            return variables;
        }
    }
}
