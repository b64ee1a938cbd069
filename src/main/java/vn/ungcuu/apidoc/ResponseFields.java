package vn.ungcuu.apidoc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks as required every property of a schema that only answers carry. The service writes every property
 * of its views, null or not (Jackson's default inclusion), so a client may rely on each being present; a
 * nullable one stays nullable ({@code nextCursor} is required and null on the last page). Schemas that
 * requests carry too keep the requirements of the request. Schemas that already list their required
 * properties keep that list: problems and STIX objects leave out what they do not have. The parts of the
 * severity criteria are served as the stored document says them ({@link #AS_STORED}): sparse.
 */
final class ResponseFields {

    /** Served as stored, not written from a view: a rule names only the conditions and outcome it has. */
    private static final Set<String> AS_STORED = Set.of("Rule", "Condition", "Outcome");

    private ResponseFields() {
    }

    static void requireAlwaysPresent(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        SchemaWalk.requests(api, collect(inRequests));
        Set<String> inResponses = new HashSet<>();
        SchemaWalk.responses(api, collect(inResponses));
        Set<String> responseOnly = closure(inResponses, schemas);
        responseOnly.removeAll(closure(inRequests, schemas));
        responseOnly.removeAll(AS_STORED);
        responseOnly.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        });
    }

    /** A visitor that records the component schemas referenced, leaving each schema as it is. */
    private static java.util.function.UnaryOperator<Schema> collect(Set<String> names) {
        return schema -> {
            String name = SchemaWalk.componentName(schema);
            if (name != null) {
                names.add(name);
            }
            return schema;
        };
    }

    /** The named schemas and every schema they reference, however deep. */
    private static Set<String> closure(Set<String> start, Map<String, Schema> schemas) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name) && schemas.containsKey(name)) {
                Set<String> referenced = new HashSet<>();
                SchemaWalk.walk(schemas.get(name), collect(referenced));
                todo.addAll(referenced);
            }
        }
        return seen;
    }
}
