package vn.ungcuu.people;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Problems;
import vn.ungcuu.support.Tokens;

/** The directory fills from the claims of callers' tokens, once per change, and staff list it by name. */
@QuarkusTest
class PeopleDirectoryTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aFirstCallPutsThePersonInTheDirectoryWithTheirClaims() {
        String sub = "responder-" + Fixtures.uniqueCode("P").toLowerCase();
        String token = Tokens.person(sub, "Nguyễn Văn An " + sub, sub + "@ngoclac.thanhhoa.gov.vn", List.of("responder"),
                null);
        Api.as(token).get("/api/v1/regimes").then().statusCode(200);

        Api.as(Tokens.coordinator()).queryParam("q", sub).get("/api/v1/people").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(sub))
                .body("items[0].name", equalTo("Nguyễn Văn An " + sub))
                .body("items[0].email", equalTo(sub + "@ngoclac.thanhhoa.gov.vn"))
                .body("items[0].roles", contains("responder"))
                .body("items[0].firstSeenAt", notNullValue());
        assertEquals(1, AuditEntries.count(db, "PERSON", sub, "CREATE"));
    }

    @Test
    void aRefusedRequestDoesNotPutTheCallerInTheDirectory() {
        String sub = "responder-" + Fixtures.uniqueCode("P").toLowerCase();
        String token = Tokens.person(sub, "Vũ Văn Tâm", null, List.of("responder"), null);
        Api.as(token).body(java.util.Map.of("code", "XA-CAM", "name", "Cấm", "type", "COMMUNE")).post("/api/v1/units")
                .then().statusCode(403);
        Api.as(Tokens.coordinator()).queryParam("id", sub).get("/api/v1/people").then().statusCode(200)
                .body("items", empty());
        assertEquals(0, AuditEntries.count(db, "PERSON", sub, "CREATE"), "a refusal changes nothing");

        Api.as(token).get("/api/v1/regimes").then().statusCode(200);
        Api.as(Tokens.coordinator()).queryParam("id", sub).get("/api/v1/people").then().body("items.id", contains(sub));
    }

    @Test
    void changedClaimsUpdateThePersonOnceAndUnchangedOnesWriteNothing() {
        String sub = "coordinator-" + Fixtures.uniqueCode("P").toLowerCase();
        Api.as(Tokens.person(sub, "Lê Thị Bình", null, List.of("coordinator"), null)).get("/api/v1/regimes");
        Api.as(Tokens.person(sub, "Lê Thị Bình", null, List.of("coordinator"), null)).get("/api/v1/regimes");
        Api.as(Tokens.person(sub, "Lê Thị Bình (trưởng nhóm)", "binh@example.vn", List.of("coordinator", "responder"),
                null)).get("/api/v1/regimes");
        Api.as(Tokens.person(sub, "Lê Thị Bình (trưởng nhóm)", "binh@example.vn", List.of("coordinator", "responder"),
                null)).get("/api/v1/regimes");

        assertEquals(1, AuditEntries.count(db, "PERSON", sub, "CREATE"));
        assertEquals(1, AuditEntries.count(db, "PERSON", sub, "UPDATE"));
        assertEquals(1, AuditEntries.countWithChanges(db, "PERSON", sub, "UPDATE",
                "[{\"field\": \"name\", \"to\": \"Lê Thị Bình (trưởng nhóm)\"}]"));
        Api.as(Tokens.admin()).queryParam("q", sub).queryParam("role", "responder").get("/api/v1/people").then()
                .statusCode(200).body("items.id", contains(sub)).body("items[0].email", equalTo("binh@example.vn"));
    }

    @Test
    void peopleComeByNameAPageAtATimeAndFilteredByRoleAndUnit() {
        String tag = Fixtures.uniqueCode("N").toLowerCase();
        String unit = Fixtures.uniqueCode("XA");
        Api.as(Tokens.person("c-" + tag, "Chi " + tag, null, List.of("responder"), null)).get("/api/v1/regimes");
        Api.as(Tokens.person("a-" + tag, "An " + tag, null, List.of("responder"), null)).get("/api/v1/regimes");
        Api.as(Tokens.person("b-" + tag, "Bảo " + tag, null, List.of("reporter"), unit)).get("/api/v1/regimes");

        String coordinator = Tokens.coordinator();
        String next = Api.as(coordinator).queryParam("q", tag).queryParam("limit", 2).get("/api/v1/people").then()
                .statusCode(200).body("items.id", contains("a-" + tag, "b-" + tag))
                .extract().path("nextCursor");
        Api.as(coordinator).queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/people").then().statusCode(200).body("items.id", contains("c-" + tag))
                .body("nextCursor", equalTo(null));
        Api.as(coordinator).queryParam("q", tag).queryParam("role", "responder").get("/api/v1/people").then()
                .body("items.id", contains("a-" + tag, "c-" + tag));
        Api.as(coordinator).queryParam("unitCode", unit).get("/api/v1/people").then()
                .body("items.id", contains("b-" + tag));
        Api.as(coordinator).queryParam("q", "nobody-" + tag).get("/api/v1/people").then().body("items", empty());
        Api.as(coordinator).queryParam("id", "c-" + tag, "a-" + tag, "nobody-" + tag).get("/api/v1/people").then()
                .body("items.id", contains("a-" + tag, "c-" + tag));
    }

    @Test
    void pagingByNameFollowsTheDatabasesOrderEvenForVietnameseCapitals() {
        String tag = Fixtures.uniqueCode("V").toLowerCase();
        for (String name : List.of("Đỗ Văn Ba", "Đặng Thị Hai", "Ánh Nguyệt", "đinh một", "Ưng Hoà")) {
            Api.as(Tokens.person(name.replace(' ', '-').toLowerCase() + "-" + tag, name + " " + tag, null,
                    List.of("responder"), null)).get("/api/v1/regimes");
        }
        String coordinator = Tokens.coordinator();
        List<String> whole = Api.as(coordinator).queryParam("q", tag).get("/api/v1/people").then().statusCode(200)
                .extract().path("items.id");
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(coordinator).queryParam("q", tag).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var answer = request.get("/api/v1/people").then().statusCode(200).extract();
            paged.addAll(answer.path("items.id"));
            cursor = answer.path("nextCursor");
        } while (cursor != null && paged.size() < 10);
        assertEquals(5, whole.size());
        assertEquals(whole, paged, "one at a time, the same people in the same order");
    }

    @Test
    void reportersMayNotListPeopleAndABadRoleIsNamed() {
        Api.as(Tokens.reporter("XA-MINHSON")).get("/api/v1/people").then().statusCode(403);
        Problems.problem(Api.as(Tokens.coordinator()).queryParam("role", "mayor").get("/api/v1/people"), 400,
                "validation").body("errors.field", contains("role"));
    }
}
