package vn.ungcuu.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the error answers into the OpenAPI document from the same facts the code acts on, so the
 * document tells the truth without repeating a dozen annotations on every operation: every API
 * operation can answer 401, 403, 406, 413, 414, 415, 429, 431, 500 and 503; one with a body or query
 * parameters 400; one with a path parameter 404; one honouring If-Match 412. Operation-specific
 * problems (409, 422) are declared on the resource with {@code ref} to the responses defined here.
 */
public class OpenApiProblems implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The shared problem responses: component name, the problem type, an example detail. */
    private static final Map<String, Object[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("BadRequest", new Object[] {ProblemType.VALIDATION, "1 field is invalid"});
        RESPONSES.put("Unauthorized", new Object[] {ProblemType.UNAUTHORIZED, "A bearer token is required"});
        RESPONSES.put("Forbidden", new Object[] {ProblemType.FORBIDDEN, "Your role does not allow this operation"});
        RESPONSES.put("NotFound", new Object[] {ProblemType.NOT_FOUND, "Incident not found"});
        RESPONSES.put("NotAcceptable", new Object[] {ProblemType.NOT_ACCEPTABLE,
                "None of the media types in Accept can be produced here"});
        RESPONSES.put("Conflict", new Object[] {ProblemType.CONFLICT,
                "A CLOSED incident cannot be edited; reopen it first"});
        RESPONSES.put("InvalidTransition", new Object[] {ProblemType.CONFLICT,
                "CLOSE is not possible from IN_PROGRESS; possible now: [ESCALATE, RESOLVE]"});
        RESPONSES.put("EscalationConflict", new Object[] {ProblemType.CONFLICT,
                "Cannot complete an escalation that is PENDING"});
        RESPONSES.put("AlreadyExists", new Object[] {ProblemType.ALREADY_EXISTS,
                "A unit with code XA-MINHSON already exists"});
        RESPONSES.put("PreconditionFailed", new Object[] {ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version (ETag \"3\"); read it again"});
        RESPONSES.put("PayloadTooLarge", new Object[] {ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than 1048576 bytes"});
        RESPONSES.put("UriTooLong", new Object[] {ProblemType.URI_TOO_LONG,
                "The request URI is longer than 8192 characters"});
        RESPONSES.put("HeadersTooLarge", new Object[] {ProblemType.HEADERS_TOO_LARGE,
                "The request headers are larger than 16384 bytes"});
        RESPONSES.put("UnsupportedMediaType", new Object[] {ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type text/plain is not accepted here"});
        RESPONSES.put("IdempotencyKeyReused", new Object[] {ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used with a different request body"});
        RESPONSES.put("TooManyRequests", new Object[] {ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from this caller; retry in 2 s"});
        RESPONSES.put("InternalError", new Object[] {ProblemType.INTERNAL,
                "An unexpected error occurred; quote the request id when reporting it"});
        RESPONSES.put("ServiceUnavailable", new Object[] {ProblemType.SERVICE_UNAVAILABLE,
                "The database is unreachable; retry shortly"});
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("JSON path of the offending field, or the parameter or header name"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        components.addSchema("Problem", problemSchema());
        anyJsonValues(components);
        RESPONSES.forEach((name, facts) -> components.addResponse(name, response((ProblemType) facts[0],
                (String) facts[1])));
        retryAfter(components.getResponses().get("TooManyRequests"));
        retryAfter(components.getResponses().get("ServiceUnavailable"));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    addProblems(path, method, operation);
                    sortByStatus(operation.getResponses());
                });
            }
        });
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                && "If-Match".equalsIgnoreCase(p.getName()));
        if (hasBody || hasQuery) {
            use(responses, "400", "BadRequest");
        }
        use(responses, "401", "Unauthorized");
        use(responses, "403", "Forbidden");
        if (path.contains("{")) {
            use(responses, "404", "NotFound");
        }
        use(responses, "406", "NotAcceptable");
        if (ifMatch) {
            use(responses, "412", "PreconditionFailed");
        }
        // any request may come with a body, even a GET: its size is checked before routing, and one of a
        // media type the operation cannot read is refused
        use(responses, "413", "PayloadTooLarge");
        use(responses, "414", "UriTooLong");
        use(responses, "415", "UnsupportedMediaType");
        use(responses, "429", "TooManyRequests");
        use(responses, "431", "HeadersTooLarge");
        use(responses, "500", "InternalError");
        use(responses, "503", "ServiceUnavailable");
    }

    /**
     * The generator describes Jackson's JsonNode as an object; such a property (audit values, event data)
     * may hold any JSON value, which JSON Schema says with an empty schema.
     */
    private static void anyJsonValues(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                new LinkedHashMap<>(schema.getProperties()).forEach((name, property) -> {
                    if (mentionsJsonNode(property)) {
                        schema.addProperty(name, OASFactory.createSchema().description(property.getDescription()));
                    }
                });
            }
        });
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
    }

    private static boolean mentionsJsonNode(Schema schema) {
        if (schema.getRef() != null && schema.getRef().endsWith("/JsonNode")) {
            return true;
        }
        return schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(OpenApiProblems::mentionsJsonNode);
    }

    /** The answer says when to retry; the header itself is declared with the others (apidoc.ResponseHeaders). */
    private static void retryAfter(APIResponse response) {
        response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
    }

    private static void sortByStatus(APIResponses responses) {
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** Sets the response to the shared component, replacing the generator's bodiless 401/403. */
    private static void use(APIResponses responses, String status, String component) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || existing.getRef() == null && existing.getContent() == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static APIResponse response(ProblemType type, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", "/api/v1/incidents");
        example.put("requestId", "5f2907f8-941b-4740-b289-6aac38f567e8");
        if (detail.contains("possible now")) {
            example.put("currentStatus", "IN_PROGRESS");
            example.put("allowedActions", List.of("ESCALATE", "RESOLVE"));
        }
        if (detail.startsWith("Cannot complete")) {
            example.put("currentStatus", "PENDING");
            example.put("allowedStatuses", List.of("ACKNOWLEDGED"));
        }
        if (type == ProblemType.VALIDATION) {
            // ordered, so that every build writes the same document
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "detectedAt");
            error.put("message", "must not be in the future");
            example.put("errors", List.of(error));
        }
        Example named = OASFactory.createExample().summary(type.title()).value(example);
        return OASFactory.createAPIResponse()
                .description(type.title() + " (" + type.uri() + ")")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .addExample(type.name().toLowerCase(), named)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, the body of every error answer")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .format("uri").description("Stable URI of the kind of problem"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What went wrong, for humans"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path"))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Id of the request, also in the X-Request-Id header and the server log"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("The offending fields (validation problems only)")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("currentStatus", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Conflicts only: the incident's or escalation's current status"))
                .addProperty("allowedActions", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Invalid transitions only: the actions the caller may take now")
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))))
                .addProperty("openTasks", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("CLOSE refused only: how many tasks are still OPEN"))
                .addProperty("allowedStatuses", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Escalation actions out of order only: the statuses the action needs")
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))))
                .addProperty("successorCodes", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Filing for an ended unit only: the units that succeeded it, to file under")
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }
}
