package vn.ungcuu.playbook;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Tokens;

/** Playbooks through the API, for the tests of this package. */
final class Playbooks {

    private Playbooks() {
    }

    static List<Map<String, Object>> steps(String... titles) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String title : titles) {
            steps.add(Map.of("title", title, "description", "Mô tả: " + title));
        }
        return steps;
    }

    static Map<String, Object> body(String category, String name, boolean active, List<Map<String, Object>> steps) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("name", name);
        body.put("steps", steps);
        body.put("active", active);
        return body;
    }

    /** A new inactive playbook of the category; returns its id. */
    static String inactive(String category, String... titles) {
        return Api.as(Tokens.coordinator()).body(body(category, "Kịch bản thử " + category, false, steps(titles)))
                .post("/api/v1/playbooks").then().statusCode(201).body("version", equalTo(1))
                .extract().path("id");
    }

    static JsonPath get(String id) {
        return Api.as(Tokens.admin()).get("/api/v1/playbooks/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The id of the category's active playbook, or null. */
    static String activeOf(String category) {
        List<String> ids = Api.as(Tokens.admin()).queryParam("category", category).queryParam("active", true)
                .get("/api/v1/playbooks").then().statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Sets a playbook's active flag (a new version), keeping everything else. */
    static void setActive(String id, boolean active) {
        JsonPath current = get(id);
        Api.as(Tokens.admin()).header("If-Match", "\"" + current.getInt("version") + "\"")
                .body(body(current.getString("category"), current.getString("name"), active,
                        current.getList("steps")))
                .put("/api/v1/playbooks/" + id).then().statusCode(200).body("active", equalTo(active));
    }
}
