package vn.ungcuu.playbook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** Playbooks over HTTP: create, read, versions, the one-active-per-category rule, roles, bad input. */
@QuarkusTest
class PlaybookTest {

    private static final String PLAYBOOKS = "/api/v1/playbooks";

    @Inject
    DataSource db;

    @Test
    void aChangeMakesANewVersionAndEarlierOnesStayReadable() {
        String coordinator = Tokens.coordinator();
        Response created = Api.as(coordinator)
                .body(Playbooks.body("OTHER", "Kịch bản xử lý sự cố máy in mạng", false,
                        Playbooks.steps("Tiếp nhận, xác minh", "Cô lập máy in")))
                .post(PLAYBOOKS);
        created.then().statusCode(201).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("active", equalTo(false)).body("category", equalTo("OTHER"))
                .body("steps.title", equalTo(List.of("Tiếp nhận, xác minh", "Cô lập máy in")))
                .body("updatedBy", equalTo(Tokens.subjectOf(coordinator)));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(PLAYBOOKS + "/" + id), created.header("Location"));
        Api.as(Tokens.reporter(Fixtures.commune())).get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Kịch bản xử lý sự cố máy in mạng"));

        Map<String, Object> second = Playbooks.body("OTHER", "Kịch bản xử lý sự cố máy in mạng (sửa đổi)", false,
                Playbooks.steps("Tiếp nhận, xác minh", "Ngắt máy in khỏi mạng", "Cập nhật firmware"));
        Api.as(Tokens.admin()).header("If-Match", "\"1\"").body(second).put(PLAYBOOKS + "/" + id).then()
                .statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("steps.size()", equalTo(3));
        // the same PUT again changes nothing, so it makes no version
        Api.as(Tokens.admin()).body(second).put(PLAYBOOKS + "/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        // a stale If-Match is refused and changes nothing
        Api.as(coordinator).header("If-Match", "\"1\"")
                .body(Playbooks.body("OTHER", "Bản ghi đè", false, Playbooks.steps("X")))
                .put(PLAYBOOKS + "/" + id).then().statusCode(412).contentType(Api.PROBLEM_JSON);

        Api.as(Tokens.auditor()).get(PLAYBOOKS + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("name", equalTo("Kịch bản xử lý sự cố máy in mạng (sửa đổi)"));
        Api.as(Tokens.auditor()).queryParam("version", 1).get(PLAYBOOKS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1))
                .body("name", equalTo("Kịch bản xử lý sự cố máy in mạng"))
                .body("steps.title", equalTo(List.of("Tiếp nhận, xác minh", "Cô lập máy in")));
        Api.as(Tokens.auditor()).queryParam("version", 3).get(PLAYBOOKS + "/" + id).then().statusCode(404);
        Api.as(Tokens.auditor()).queryParam("version", "0").get(PLAYBOOKS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        Api.as(Tokens.auditor()).queryParam("version", "zwei").get(PLAYBOOKS + "/" + id).then().statusCode(400);

        assertEquals(2, Sql.count(db, "SELECT count(*) FROM playbook_version WHERE playbook_id = ?::uuid", id));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'PLAYBOOK'"
                + " AND entity_id = ? AND action = 'CREATE' AND actor = ?", id, Tokens.subjectOf(coordinator)));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'PLAYBOOK'"
                + " AND entity_id = ? AND action = 'UPDATE' AND changes @> ?::jsonb", id,
                "[{\"field\": \"version\", \"from\": 1, \"to\": 2}]"));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'PLAYBOOK'"
                + " AND entity_id = ? AND action = 'UPDATE' AND changes @> ?::jsonb", id,
                "[{\"field\": \"steps\", \"to\": [{\"title\": \"Cập nhật firmware\"}]}]"));
    }

    @Test
    void versionsAreNeverRewritten() {
        String id = Playbooks.inactive("OTHER", "Một bước");
        try {
            Sql.execute(db, "UPDATE playbook_version SET name = 'sửa lén' WHERE playbook_id = ?::uuid", id);
            org.junit.jupiter.api.Assertions.fail("the version table accepted an UPDATE");
        } catch (java.sql.SQLException e) {
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void aCategoryHasAtMostOneActivePlaybook() {
        String category = "COMBINED";
        String current = Playbooks.activeOf(category);
        assertTrue(current != null, "the default playbook of " + category + " is active");
        String coordinator = Tokens.coordinator();

        Api.as(coordinator).body(Playbooks.body(category, "Kịch bản thay thế", true, Playbooks.steps("Bước 1")))
                .post(PLAYBOOKS).then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:already-exists"))
                .body("detail", containsString(current));
        Map<String, Object> withoutActive = new HashMap<>(Playbooks.body(category, "Kịch bản thay thế", true,
                Playbooks.steps("Bước 1")));
        withoutActive.remove("active");
        Api.as(coordinator).body(withoutActive).post(PLAYBOOKS).then().statusCode(409);

        String replacement = Playbooks.inactive(category, "Bước 1", "Bước 2");
        Api.as(coordinator).body(Playbooks.body(category, "Kịch bản thay thế", true, Playbooks.steps("Bước 1")))
                .put(PLAYBOOKS + "/" + replacement).then().statusCode(409)
                .body("type", equalTo("urn:ungcuu:problem:already-exists"));
        assertEquals(false, Playbooks.get(replacement).getBoolean("active"));

        try {
            // the switch: deactivate the one in force, then activate the replacement
            Playbooks.setActive(current, false);
            Playbooks.setActive(replacement, true);
            Api.as(coordinator).queryParam("category", category).queryParam("active", "true").get(PLAYBOOKS).then()
                    .statusCode(200).body("items.id", equalTo(List.of(replacement)));
        } finally {
            Playbooks.setActive(replacement, false);
            Playbooks.setActive(current, true);
        }
        assertEquals(current, Playbooks.activeOf(category));
    }

    @Test
    void onlyAdministratorsAndCoordinatorsWrite() {
        String unit = Fixtures.commune();
        Map<String, Object> body = Playbooks.body("OTHER", "Kịch bản", false, Playbooks.steps("Bước 1"));
        String id = Playbooks.inactive("OTHER", "Bước 1");
        for (String token : List.of(Tokens.reporter(unit), Tokens.auditor(), Tokens.responder("r-" + unit),
                Tokens.provincial())) {
            Api.as(token).body(body).post(PLAYBOOKS).then().statusCode(403).contentType(Api.PROBLEM_JSON);
            Api.as(token).body(body).put(PLAYBOOKS + "/" + id).then().statusCode(403);
            Api.as(token).get(PLAYBOOKS + "/" + id).then().statusCode(200);
            Api.as(token).get(PLAYBOOKS).then().statusCode(200);
        }
        Api.as(Tokens.admin()).body(body).post(PLAYBOOKS).then().statusCode(201);
        given().get(PLAYBOOKS).then().statusCode(401);
        given().get(PLAYBOOKS + "/" + id).then().statusCode(401);
        assertEquals(1, Playbooks.get(id).getInt("version"));
    }

    @Test
    void badPlaybooksAre400AndChangeNothing() {
        String coordinator = Tokens.coordinator();
        long before = Sql.count(db, "SELECT count(*) FROM playbook");

        Map<String, Object> body = new HashMap<>(Playbooks.body("OTHER", "Kịch bản", false, List.of()));
        Api.as(coordinator).body(body).post(PLAYBOOKS).then().statusCode(400).body("errors.field", hasItem("steps"));
        body.remove("steps");
        Api.as(coordinator).body(body).post(PLAYBOOKS).then().statusCode(400).body("errors.field", hasItem("steps"));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            tooMany.add(Map.of("title", "Bước " + i));
        }
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, tooMany)).post(PLAYBOOKS).then()
                .statusCode(400).body("errors.field", hasItem("steps"));
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, tooMany.subList(0, 50)))
                .post(PLAYBOOKS).then().statusCode(201).body("steps.size()", equalTo(50));
        before++;

        Map<String, Object> blank = new HashMap<>();
        blank.put("title", " ");
        Map<String, Object> longTitle = Map.of("title", "x".repeat(201));
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, List.of(blank, longTitle)))
                .post(PLAYBOOKS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("steps[0].title", "steps[1].title")));
        Map<String, Object> noTitle = new HashMap<>();
        noTitle.put("description", "chỉ có mô tả");
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, List.of(noTitle))).post(PLAYBOOKS).then()
                .statusCode(400).body("errors.field", equalTo(List.of("steps[0].title")));
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false,
                        List.of(Map.of("title", "x".repeat(200), "description", "y".repeat(4001)))))
                .post(PLAYBOOKS).then().statusCode(400).body("errors.field", equalTo(List.of("steps[0].description")));
        Api.as(coordinator).body(Playbooks.body("OTHER", " ", false, Playbooks.steps("Bước 1"))).post(PLAYBOOKS)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        Api.as(coordinator).body(Playbooks.body("FLOOD", "Lũ lụt", false, Playbooks.steps("Bước 1"))).post(PLAYBOOKS)
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        Map<String, Object> unknown = new HashMap<>(Playbooks.body("OTHER", "Kịch bản", false, Playbooks.steps("B")));
        unknown.put("owner", "ai đó");
        Api.as(coordinator).body(unknown).post(PLAYBOOKS).then().statusCode(400).body("errors[0].field", equalTo("owner"));
        Map<String, Object> stringly = new HashMap<>(Playbooks.body("OTHER", "Kịch bản", false, Playbooks.steps("B")));
        stringly.put("active", "false");
        Api.as(coordinator).body(stringly).post(PLAYBOOKS).then().statusCode(400);
        assertEquals(before, Sql.count(db, "SELECT count(*) FROM playbook"));

        String id = Playbooks.inactive("OTHER", "Bước 1");
        Api.as(coordinator).body(Playbooks.body("DOS", "Kịch bản", false, Playbooks.steps("Bước 1")))
                .put(PLAYBOOKS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("category"));
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, List.of()))
                .put(PLAYBOOKS + "/" + id).then().statusCode(400);
        assertEquals(1, Playbooks.get(id).getInt("version"));

        String unknownId = "0195b3c4-0000-7000-8000-000000000000";
        Api.as(coordinator).body(Playbooks.body("OTHER", "Kịch bản", false, Playbooks.steps("B")))
                .put(PLAYBOOKS + "/" + unknownId).then().statusCode(404);
        Api.as(coordinator).get(PLAYBOOKS + "/" + unknownId).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        Api.as(coordinator).get(PLAYBOOKS + "/not-a-uuid").then().statusCode(404);
        Api.as(coordinator).queryParam("category", "FLOOD").get(PLAYBOOKS).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        Api.as(coordinator).queryParam("active", "maybe").get(PLAYBOOKS).then().statusCode(400);
        Api.as(coordinator).queryParam("cursor", "bm90IGEgY3Vyc29y").get(PLAYBOOKS).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void theListFiltersAndPagesEveryPlaybookOnce() {
        Playbooks.inactive("MALWARE", "Bước 1");
        Playbooks.inactive("MALWARE", "Bước 1");
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).queryParam("category", "MALWARE").queryParam("limit", 500).get(PLAYBOOKS).then()
                .statusCode(200).body("items.category", everyItem(equalTo("MALWARE")))
                .body("items.findAll { it.active }.size()", equalTo(1));
        Api.as(coordinator).queryParam("category", "MALWARE,PHISHING").queryParam("active", true).get(PLAYBOOKS)
                .then().statusCode(200).body("items.category", equalTo(List.of("MALWARE", "PHISHING")));

        long total = Sql.count(db, "SELECT count(*) FROM playbook");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(coordinator).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(PLAYBOOKS);
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "listed twice: " + id);
            }
            cursor = page.path("nextCursor");
            if (cursor != null) {
                page.then().header("Link", containsString("rel=\"next\""));
            } else {
                page.then().header("Link", nullValue());
            }
            pages++;
        } while (cursor != null && pages < 200);
        assertEquals(total, seen.size());
    }

    @Test
    void aStepDescriptionIsOptional() {
        Map<String, Object> onlyTitle = new HashMap<>();
        onlyTitle.put("title", "Báo cáo lãnh đạo");
        onlyTitle.put("description", null);
        Api.as(Tokens.coordinator()).body(Playbooks.body("OTHER", "Kịch bản ngắn", false, List.of(onlyTitle)))
                .post(PLAYBOOKS).then().statusCode(201).body("steps[0].description", nullValue())
                .body("steps[0].title", equalTo("Báo cáo lãnh đạo")).body("id", notNullValue())
                .body("updatedAt", not(nullValue()));
    }
}
