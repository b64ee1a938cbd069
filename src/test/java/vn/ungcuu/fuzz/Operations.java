package vn.ungcuu.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every API operation of openapi/openapi.yaml, with what a request to it may carry. */
record Operations(JsonNode document, List<Operation> all) {

    record Parameter(String name, String in) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The operations that read a body. */
    List<Operation> withBodies() {
        return all.stream().filter(o -> o.bodyType() != null).toList();
    }

    static Operations load() {
        try {
            JsonNode document = new YAMLMapper().readTree(Path.of("openapi/openapi.yaml").toFile());
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    List<Parameter> parameters = new ArrayList<>();
                    method.getValue().path("parameters").forEach(p -> parameters.add(
                            new Parameter(p.get("name").asText(), p.get("in").asText())));
                    JsonNode content = method.getValue().at("/requestBody/content");
                    String bodyType = content.isMissingNode() ? null : content.fieldNames().next();
                    JsonNode schema = bodyType == null ? null : content.get(bodyType).get("schema");
                    operations.add(new Operation(method.getKey(), path.getKey(), parameters, bodyType, schema));
                }
            }
            return new Operations(document, List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plausible value for a schema (first enum value, an example, or a placeholder of the type). */
    JsonNode sample(JsonNode schema, Map<String, String> knownIds, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (schema == null || depth > 6) {
            return json.nullNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return sample(document.at("/components/schemas/" + name), knownIds, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                return sample(schema.get(combinator).get(0), knownIds, depth + 1);
            }
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asText() : schema.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode object = json.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(),
                        sample(property.getValue(), knownIds, depth + 1)));
                return object;
            }
            case "array" -> {
                ArrayNode array = json.arrayNode();
                array.add(sample(schema.get("items"), knownIds, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return json.numberNode(1);
            }
            case "boolean" -> {
                return json.booleanNode(false);
            }
            default -> {
                String format = schema.path("format").asText();
                return switch (format) {
                    case "date-time" -> json.textNode("2026-03-02T08:15:00+07:00");
                    case "date" -> json.textNode("2026-03-02");
                    case "uuid" -> json.textNode(knownIds.getOrDefault("incident", "01a228bd-f3a5-73fd-b755-867182059c55"));
                    default -> json.textNode("Máy chủ một cửa");
                };
            }
        }
    }
}
