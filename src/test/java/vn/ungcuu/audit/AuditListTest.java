package vn.ungcuu.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/** GET /audit: filters, keyset paging, and who may read the audit log. */
@QuarkusTest
class AuditListTest {

    /**
     * What one administrator did: a unit created, then edited (its ATTT lead: a new focal point would also start
     * a declaration obligation, audited apart), then a system of it created.
     */
    private record Activity(String actor, String unit, String system) {
    }

    private static Activity activity() {
        String actor = Fixtures.uniqueCode("admin").toLowerCase();
        String admin = Tokens.token(actor, List.of(Roles.ADMIN), null);
        String unit = Fixtures.uniqueCode("XA");
        Api.as(admin).body(Map.of("code", unit, "name", "UBND xã " + unit, "type", "COMMUNE"))
                .post("/api/v1/units").then().statusCode(201);
        Api.as(admin).body(Map.of("name", "UBND xã " + unit, "type", "COMMUNE",
                        "securityLead", Map.of("name", "Nguyễn Thị Hoa")))
                .put("/api/v1/units/" + unit).then().statusCode(200);
        String system = Fixtures.system(unit, 3);
        // the system was created by Fixtures' own administrator; this actor did the unit's two entries
        return new Activity(actor, unit, system);
    }

    @Test
    void filtersByActorEntityActionAndTime() {
        Activity done = activity();
        String auditor = Tokens.auditor();

        JsonPath mine = list(auditor, Map.of("actor", done.actor()));
        assertEquals(List.of("CREATE", "UPDATE"), mine.getList("items.action"));
        assertEquals(List.of(done.unit(), done.unit()), mine.getList("items.entityId"));
        assertNull(mine.get("nextCursor"));
        assertEquals(done.actor(), mine.getString("items[0].actor"));
        assertNotNull(mine.get("items[1].changes"));

        assertEquals(List.of("UPDATE"), list(auditor, Map.of("actor", done.actor(), "action", "UPDATE"))
                .getList("items.action"));
        assertEquals(List.of("CREATE", "UPDATE", "CREATE"),
                list(auditor, Map.of("entityId", List.of(done.unit(), done.system()))).getList("items.action"));
        assertEquals(List.of("SYSTEM"), list(auditor, Map.of("entityId", List.of(done.unit(), done.system()),
                "entityType", "SYSTEM")).getList("items.entityType"));
        assertEquals(List.of("UNIT", "SYSTEM"), list(auditor, Map.of("entityId", List.of(done.unit(), done.system()),
                "entityType", "UNIT,SYSTEM", "action", "CREATE")).getList("items.entityType"));
        assertEquals(0, list(auditor, Map.of("actor", done.actor(), "entityType", "INCIDENT"))
                .getList("items").size());

        // the time range: from inclusive, to exclusive, any offset
        Instant second = Instant.parse(mine.getString("items[1].at"));
        String secondInHanoi = second.atOffset(ZoneOffset.ofHours(7)).toString();
        assertEquals(List.of("UPDATE"), list(auditor, Map.of("actor", done.actor(), "from", secondInHanoi))
                .getList("items.action"));
        assertEquals(List.of("CREATE"), list(auditor, Map.of("actor", done.actor(), "to", second.toString()))
                .getList("items.action"));
        assertEquals(List.of("CREATE", "UPDATE"), list(auditor, Map.of("actor", done.actor(),
                "from", second.minusSeconds(3600).toString(), "to", second.plusSeconds(3600).toString()))
                .getList("items.action"));
    }

    @Test
    void pagesFollowTheCursorAndTheLinkHeader() {
        Activity done = activity();
        String admin = Tokens.admin();
        List<String> actions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(admin).queryParam("entityId", done.unit()).queryParam("entityId", done.system())
                    .queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/audit").then().statusCode(200).extract().response();
            JsonPath body = page.jsonPath();
            actions.addAll(body.getList("items.action"));
            ids.addAll(body.getList("items.id", Object.class).stream().map(String::valueOf).toList());
            cursor = body.getString("nextCursor");
            if (cursor != null) {
                String link = page.getHeader("Link");
                assertNotNull(link, "Link with rel=next when there is more");
                assertTrue(link.contains("rel=\"next\"") && link.contains("cursor=") && link.contains(done.unit()), link);
            } else {
                assertNull(page.getHeader("Link"));
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(List.of("CREATE", "UPDATE", "CREATE"), actions);
        assertEquals(3, ids.stream().distinct().count());
        assertEquals(3, pages);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Activity done = activity();
        String auditor = Tokens.auditor();
        String cursor = Api.as(auditor).queryParam("actor", done.actor()).queryParam("limit", 1)
                .get("/api/v1/audit").then().statusCode(200).extract().path("nextCursor");
        // a cursor is honoured only by the list (filters) that issued it
        Api.as(auditor).queryParam("actor", "someone-else").queryParam("cursor", cursor).get("/api/v1/audit")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("errors[0].field", equalTo("cursor"));
        Api.as(auditor).queryParam("cursor", "not-a-cursor").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(auditor).queryParam("from", "yesterday").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.as(auditor).queryParam("to", "2026-03-02T08:15:00").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(auditor).queryParam("from", "2026-03-02T00:00:00Z").queryParam("to", "2026-03-01T00:00:00Z")
                .get("/api/v1/audit").then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(auditor).queryParam("from", "+20260-03-02T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.as(auditor).queryParam("actor", "a\u0000b").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("actor"));
        Api.as(auditor).queryParam("limit", 0).get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        // an unencoded '+' of the offset arrives as a space and is still understood
        Api.as(auditor).urlEncodingEnabled(false).queryParam("actor", done.actor())
                .queryParam("from", "2000-01-01T00:00:00+07:00").get("/api/v1/audit")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheAuditLog() {
        String unit = Fixtures.commune();
        for (String token : List.of(Tokens.reporter(unit), Tokens.coordinator(), Tokens.responder("r-" + unit),
                Tokens.provincial())) {
            Api.as(token).get("/api/v1/audit").then().statusCode(403).contentType(Api.PROBLEM_JSON);
            Api.as(token).get("/api/v1/audit/verify").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        Api.anonymous().get("/api/v1/audit").then().statusCode(401);
        Api.anonymous().get("/api/v1/audit/verify").then().statusCode(401);
        for (String token : List.of(Tokens.auditor(), Tokens.admin())) {
            Api.as(token).queryParam("entityId", unit).get("/api/v1/audit").then().statusCode(200)
                    .body("items[0].entityType", equalTo("UNIT")).body("nextCursor", nullValue());
            Api.as(token).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true))
                    .body("unsealed", equalTo(0));
        }
    }

    private static JsonPath list(String token, Map<String, ?> query) {
        var request = Api.as(token).queryParam("limit", 500);
        query.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> request.queryParam(name, v));
            } else {
                request.queryParam(name, value);
            }
        });
        return request.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }
}
