package vn.ungcuu.apidoc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.requestid.RequestIds;

/**
 * Declares the response headers a client reads, once in {@code components/headers} and on every answer that
 * sends them, from the facts the code acts on:
 * <ul>
 * <li>{@code X-Request-Id} on every answer ({@code RequestIds} sets it before anything can fail);</li>
 * <li>{@code Location} on every 201, and {@code Idempotent-Replayed} on the 201 of an operation that takes
 * an {@code Idempotency-Key} ({@code CreatedAnswer});</li>
 * <li>{@code ETag} with the representations a client edits under If-Match ({@link #EDITABLE}: their resources
 * answer {@code ETags.of(view.version())}) and on every 304;</li>
 * <li>{@code Link: rel="next"} on a page of an operation that takes a {@code cursor} ({@code PageLinks});</li>
 * <li>{@code Retry-After} on 429 and 503.</li>
 * </ul>
 * The contract check of the tests fails when an answer sends one of these headers where it is not declared,
 * or lacks one declared required.
 */
final class ResponseHeaders {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String LINK = "Link";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String RETRY_AFTER = "Retry-After";

    /**
     * The representations sent with their ETag. Not the assessment (If-Match on it is the incident's ETag) nor
     * the criteria (their version numbers a rule set, not an edit).
     */
    static final Set<String> EDITABLE = Set.of("Incident", "Unit", "InformationSystem", "Task", "Playbook",
            "Escalation", "Authority");

    private ResponseHeaders() {
    }

    static void declare(OpenAPI api) {
        Components components = api.getComponents();
        components.addHeader(RequestIds.HEADER, header(true, text(), "The request's id: the client's own when it "
                + "sent a sane one, else a new UUID. It is also in a problem's requestId and in the server log; "
                + "quote it when reporting an error."));
        components.addHeader(ETAG, header(true, text(), "The representation's version as an entity tag (a "
                + "quoted string). Send it back in If-Match to change the resource only if nobody changed it "
                + "since (else 412), or in If-None-Match to get 304 when it has not changed."));
        components.addHeader(LOCATION, header(true, text().format("uri-reference"),
                "The new resource's address"));
        components.addHeader(LINK, header(false, text(), "RFC 8288 link to the next page, "
                + "<...>; rel=\"next\"; absent on the last page (nextCursor is then null)"));
        components.addHeader(REPLAYED, header(false, OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("true")),
                "true when this is the stored answer to an earlier request with the same Idempotency-Key; "
                        + "nothing was created this time"));
        components.addHeader(RETRY_AFTER, header(true, OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE),
                "Seconds to wait before retrying"));

        components.getResponses().values().forEach(response -> add(response, RequestIds.HEADER));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (path.startsWith("/api/")) {
                declare(operation);
            }
        }));
    }

    private static void declare(Operation operation) {
        boolean idempotent = hasParameter(operation, Parameter.In.HEADER, IdempotencyStore.HEADER);
        boolean paged = hasParameter(operation, Parameter.In.QUERY, "cursor");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return; // a shared response: declared in components above
            }
            add(response, RequestIds.HEADER);
            if (status.equals("201")) {
                add(response, LOCATION);
                if (idempotent) {
                    add(response, REPLAYED);
                }
            }
            if (status.equals("304") || status.startsWith("2") && editable(response)) {
                add(response, ETAG);
            }
            if (status.equals("200") && paged) {
                add(response, LINK);
            }
        });
    }

    /** A JSON answer that is one of the {@link #EDITABLE} representations. */
    private static boolean editable(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        String name = json == null || json.getSchema() == null ? null : SchemaWalk.componentName(json.getSchema());
        return name != null && EDITABLE.contains(name);
    }

    private static boolean hasParameter(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
    }

    /** Adds the shared header, replacing an inline declaration of the same name. */
    private static void add(APIResponse response, String name) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(response.getHeaders());
        Header existing = headers.get(name);
        if (existing == null || existing.getRef() == null && existing.getDescription() == null) {
            headers.put(name, OASFactory.createHeader().ref(name));
        }
        response.setHeaders(headers);
    }

    private static Header header(boolean required, Schema schema, String description) {
        return OASFactory.createHeader().required(required).schema(schema).description(description);
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
