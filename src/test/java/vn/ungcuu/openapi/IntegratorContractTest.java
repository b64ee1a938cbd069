package vn.ungcuu.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.OpenApiContract;

/**
 * The committed document as a code generator reads it (issue: clients generated from it work first-class).
 * What a generator does with each shape is checked for real by {@code GeneratedClientsTest} and
 * {@code GeneratedClientIT}; this test names the rule that is broken, in the document's own terms.
 */
class IntegratorContractTest {

    /** Operations that keep Accept negotiation for curl users; each has a typed operation beside it. */
    private static final Map<String, String> NEGOTIATED = Map.of(
            "listIncidents", "exportIncidents",
            "getSummaryReport", "exportSummaryReport",
            "getSystemsReport", "exportSystemsReport",
            "exportIncident", "exportIncidentStix, exportIncidentIodef");

    private static JsonNode api;

    @BeforeAll
    static void read() throws IOException {
        api = new YAMLMapper().readTree(OpenApiContract.DOCUMENT.toFile());
    }

    @Test
    void mergePatchSchemasRequireNothingAndLetClearableFieldsBeNull() {
        for (String name : List.of("IncidentPatch", "TaskPatch")) {
            JsonNode patch = schema(name);
            assertTrue(patch.path("required").isMissingNode(), name + " must require nothing: " + patch.get("required"));
            patch.path("properties").properties().forEach(p -> assertTrue(p.getValue().path("default").isMissingNode(),
                    name + "." + p.getKey() + " must have no default"));
        }
        for (String field : List.of("affectedSystemIds", "assignee")) {
            assertTrue(allowsNull(schema("IncidentPatch").path("properties").path(field)), "IncidentPatch." + field);
        }
        for (String field : List.of("title", "description", "category", "tlp")) {
            assertTrue(!allowsNull(schema("IncidentPatch").path("properties").path(field)),
                    "IncidentPatch." + field + " cannot be cleared, so it is not nullable");
        }
    }

    @Test
    void eachOperationAnswersOneTypedRepresentation() {
        List<String> mixed = new ArrayList<>();
        operations((name, operation) -> operation.path("responses").properties().forEach(response -> {
            if (!response.getKey().startsWith("2")) {
                return;
            }
            if (NEGOTIATED.containsKey(name)) {
                return;
            }
            // a generated client parses JSON into the schema, and reads format: binary as a file
            Set<String> kinds = new TreeSet<>();
            response.getValue().path("content").properties().forEach(media -> {
                boolean binary = media.getValue().at("/schema/format").asText().equals("binary");
                kinds.add(binary ? "file" : media.getKey().matches(".*[/+]json(;.*)?") ? "json" : "untyped text");
            });
            if (kinds.size() > 1 || kinds.contains("untyped text")) {
                mixed.add(name + " " + response.getKey() + " " + kinds);
            }
        }));
        assertEquals(List.of(), mixed);
    }

    @Test
    void parametersAreTypedAsWhatTheyAre() {
        List<String> wrong = new ArrayList<>();
        operations((name, operation) -> operation.path("parameters").forEach(parameter -> {
            String where = name + " " + parameter.path("in").asText() + " " + parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            String param = parameter.path("name").asText();
            if (param.equals("limit") && !(schema.path("type").asText().equals("integer")
                    && schema.path("minimum").asInt() == 1 && schema.path("maximum").asInt() == 500
                    && schema.path("default").asInt() == 50)) {
                wrong.add(where + ": integer 1-500, default 50");
            }
            if (parameter.path("in").asText().equals("path") && !schema.path("format").asText().equals("uuid")
                    && !schema.has("pattern")) {
                wrong.add(where + ": format uuid, or the pattern of the id");
            }
            if (Set.of("createdFrom", "createdTo", "updatedSince").contains(param)
                    || name.equals("listAuditEntries") && Set.of("from", "to").contains(param)) {
                if (!schema.path("format").asText().equals("date-time")) {
                    wrong.add(where + ": format date-time");
                }
            }
            if (param.equals("active") && !schema.path("type").asText().equals("boolean")) {
                wrong.add(where + ": boolean");
            }
        }));
        assertEquals(List.of(), wrong);
        JsonNode severity = null;
        for (JsonNode parameter : api.at("/paths/~1api~1v1~1incidents/get/parameters")) {
            if (parameter.path("name").asText().equals("severity")) {
                severity = resolve(parameter.at("/schema/items"));
            }
        }
        assertTrue(severity != null && severity.path("enum").toString().contains("UNASSESSED"), "severity filter");
    }

    @Test
    void enumsSayTheirValuesAndTheDocumentSaysTheyMayGrow() {
        assertTrue(resolve(schema("Delivery").at("/properties/status")).has("enum"), "Delivery.status");
        assertTrue(resolve(schema("Event").at("/properties/type").at("/allOf/0")).has("enum"), "Event.type");
        assertTrue(resolve(schema("MatchedRule").at("/properties/outcome")).has("enum"), "MatchedRule.outcome");
        assertEquals("#/components/schemas/Category", schema("InitialReport").at("/properties/category/$ref").asText());
        assertTrue(api.at("/info/description").asText().contains("Enumerations may gain values"));
    }

    @Test
    void answersListWhatIsAlwaysThereAndDeclareTheirHeaders() {
        assertTrue(strings(schema("Incident").path("required")).containsAll(List.of("id", "status", "version")));
        assertEquals(Set.of("items", "nextCursor"), Set.copyOf(strings(schema("IncidentPage").path("required"))));
        assertTrue(allowsNull(schema("IncidentPage").at("/properties/nextCursor")));
        JsonNode created = api.at("/paths/~1api~1v1~1incidents/post/responses/201/headers");
        assertEquals(Set.of("ETag", "Location", "Idempotent-Replayed", "X-Request-Id"), Set.copyOf(names(created)));
        List<String> undeclared = new ArrayList<>();
        operations((name, operation) -> operation.path("responses").properties().forEach(response -> {
            JsonNode answer = resolve(response.getValue());
            if (!answer.path("headers").has("X-Request-Id")) {
                undeclared.add(name + " " + response.getKey());
            }
        }));
        assertEquals(List.of(), undeclared, "answers without X-Request-Id declared");
    }

    @Test
    void schemasNeedNoGuessing() {
        List<String> problems = new ArrayList<>();
        walk(api, "", problems);
        for (String javaType : List.of("UUID", "Instant", "OffsetDateTime", "LocalDate", "JsonNode")) {
            if (api.at("/components/schemas").has(javaType)) {
                problems.add("a schema named after the Java type " + javaType);
            }
        }
        JsonNode impact = schema("InitialReport").at("/properties/impact");
        if (impact.has("type")) {
            problems.add("InitialReport.impact: a type beside anyOf forbids its null");
        }
        assertEquals(List.of(), problems);
    }

    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            if (node.has("$ref") && node.size() > 1) {
                problems.add(path + ": keywords beside $ref " + names(node));
            }
            node.properties().forEach(e -> walk(e.getValue(), path + "/" + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, problems);
            }
        }
    }

    private static void operations(BiConsumer<String, JsonNode> each) {
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().has("operationId")) {
                each.accept(operation.getValue().path("operationId").asText(), operation.getValue());
            }
        }));
    }

    private static JsonNode schema(String name) {
        JsonNode schema = api.at("/components/schemas/" + name);
        assertTrue(!schema.isMissingNode(), "schema " + name);
        return schema;
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = api.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static boolean allowsNull(JsonNode schema) {
        return schema.path("type").toString().contains("\"null\"") || schema.path("anyOf").toString().contains("\"null\"");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
