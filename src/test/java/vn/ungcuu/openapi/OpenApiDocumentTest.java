package vn.ungcuu.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is what the build generates, and it describes every operation fully. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Test
    void theCommittedDocumentMatchesTheBuild() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String committed = Files.readString(Path.of("openapi/openapi.yaml"), StandardCharsets.UTF_8);
        // compared as trees: the build and the running service order object keys differently
        YAMLMapper yaml = new YAMLMapper();
        assertEquals(yaml.readTree(committed), yaml.readTree(served),
                "openapi/openapi.yaml is stale: run ./mvnw package -DskipTests and commit openapi/openapi.yaml");
    }

    @Test
    void everyOperationHasASummaryItsErrorsAndAnExample() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asText().isBlank()) {
                    gaps.add(name + ": no summary");
                }
                JsonNode responses = op.path("responses");
                for (String status : List.of("401", "403", "406", "500")) {
                    if (!responses.has(status)) {
                        gaps.add(name + ": no " + status);
                    }
                }
                if (path.getKey().contains("{") && !responses.has("404")) {
                    gaps.add(name + ": no 404");
                }
                if (op.has("requestBody") && !(responses.has("400") && responses.has("415")
                        && responses.has("413"))) {
                    gaps.add(name + ": body errors missing");
                }
                boolean success = false;
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    success |= response.getKey().startsWith("2") || response.getKey().equals("304");
                }
                if (!success) {
                    gaps.add(name + ": no success response");
                }
                if (!hasExample(api, responses)) {
                    gaps.add(name + ": no example");
                }
            }
        }
        assertTrue(operations >= 12, "operations found: " + operations);
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        assertFalse(api.path("components").path("schemas").path("Problem").isMissingNode());
    }

    private static boolean hasExample(JsonNode api, JsonNode responses) {
        for (JsonNode response : responses) {
            JsonNode resolved = response.has("$ref")
                    ? api.at(response.get("$ref").asText().substring(1))
                    : response;
            for (JsonNode media : resolved.path("content")) {
                if (media.has("examples") || media.has("example")) {
                    return true;
                }
            }
        }
        return false;
    }
}
