package vn.ungcuu.apidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Visits every schema of the document, wherever it sits (components, parameters, bodies, headers) and
 * however deep (properties, items, compositions), letting the visitor replace it.
 */
final class SchemaWalk {

    private static final String COMPONENT = "#/components/schemas/";

    private SchemaWalk() {
    }

    /** The name of the component schema this one refers to, or null when it is not such a reference. */
    static String componentName(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(COMPONENT) ? ref.substring(COMPONENT.length()) : null;
    }

    /** The schemas a request may carry: parameters and request bodies. */
    static void requests(OpenAPI api, UnaryOperator<Schema> visitor) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> {
            parameters(item.getParameters(), visitor);
            item.getOperations().values().forEach(operation -> {
                parameters(operation.getParameters(), visitor);
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), visitor);
                }
            });
        });
    }

    /** The schemas an answer may carry: response bodies and headers, the shared responses included. */
    static void responses(OpenAPI api, UnaryOperator<Schema> visitor) {
        Components components = api.getComponents();
        if (components != null && components.getResponses() != null) {
            components.getResponses().values().forEach(response -> response(response, visitor));
        }
        if (components != null && components.getHeaders() != null) {
            components.getHeaders().values().forEach(header -> header(header, visitor));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> response(response, visitor));
            }
        }));
    }

    /** Every schema of the document. */
    static void all(OpenAPI api, UnaryOperator<Schema> visitor) {
        Components components = api.getComponents();
        if (components != null && components.getSchemas() != null) {
            new LinkedHashMap<>(components.getSchemas()).forEach((name, schema) ->
                    components.addSchema(name, walk(schema, visitor)));
        }
        requests(api, visitor);
        responses(api, visitor);
    }

    static Schema walk(Schema schema, UnaryOperator<Schema> visitor) {
        if (schema == null) {
            return null;
        }
        Schema visited = visitor.apply(schema);
        if (visited.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            visited.getProperties().forEach((name, property) -> properties.put(name, walk(property, visitor)));
            visited.setProperties(properties);
        }
        visited.setItems(walk(visited.getItems(), visitor));
        visited.setAdditionalPropertiesSchema(walk(visited.getAdditionalPropertiesSchema(), visitor));
        visited.setNot(walk(visited.getNot(), visitor));
        visited.setAllOf(walk(visited.getAllOf(), visitor));
        visited.setAnyOf(walk(visited.getAnyOf(), visitor));
        visited.setOneOf(walk(visited.getOneOf(), visitor));
        return visited;
    }

    private static List<Schema> walk(List<Schema> schemas, UnaryOperator<Schema> visitor) {
        return schemas == null ? null : schemas.stream().map(schema -> walk(schema, visitor)).toList();
    }

    private static void parameters(List<Parameter> parameters, UnaryOperator<Schema> visitor) {
        if (parameters != null) {
            parameters.forEach(parameter -> parameter.setSchema(walk(parameter.getSchema(), visitor)));
        }
    }

    private static void response(APIResponse response, UnaryOperator<Schema> visitor) {
        content(response.getContent(), visitor);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(header -> header(header, visitor));
        }
    }

    private static void header(Header header, UnaryOperator<Schema> visitor) {
        header.setSchema(walk(header.getSchema(), visitor));
    }

    private static void content(Content content, UnaryOperator<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> media.setSchema(walk(media.getSchema(), visitor)));
        }
    }
}
