package vn.ungcuu.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * The role/unit matrix of api.md: a reporter sees its own unit only, and anything it may not see
 * answers 404 exactly like an incident that does not exist.
 */
@QuarkusTest
class IncidentAccessTest {

    private static final String UNKNOWN = "/api/v1/incidents/01a228bd-f3a5-73fd-b755-867182059c55";

    @Test
    void anotherUnitsReporterGets404LikeForAMissingIncident() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String stranger = Tokens.reporter(Fixtures.commune());
        String path = "/api/v1/incidents/" + id;

        String missingDetail = Api.as(stranger).get(UNKNOWN).then().statusCode(404).extract().path("detail");
        Api.as(stranger).get(path).then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo(missingDetail));
        Api.as(stranger).body(Map.of("title", "hijack")).patch(path).then().statusCode(404);
        Api.as(stranger).get(path + "/history").then().statusCode(404);
        Api.as(Tokens.coordinator()).get(path).then().statusCode(200)
                .body("title", equalTo("Máy chủ nhiễm mã độc"));
    }

    @Test
    void aReportersListShowsOnlyItsUnitWhateverItFilters() {
        String mine = Fixtures.commune();
        String theirs = Fixtures.commune();
        String myToken = Tokens.reporter(mine);
        String myIncident = Fixtures.incidentFiledBy(myToken);
        String theirIncident = Fixtures.incidentFiledBy(Tokens.reporter(theirs));

        Api.as(myToken).get("/api/v1/incidents").then().statusCode(200)
                .body("items.id", hasItem(myIncident))
                .body("items.id", not(hasItem(theirIncident)))
                .body("items.unitCode", everyItem(equalTo(mine)));
        Api.as(myToken).queryParam("unitCode", theirs).get("/api/v1/incidents").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void coordinatorsAuditorsAndAdminsSeeEveryUnit() {
        String unit = Fixtures.commune();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        for (String token : List.of(Tokens.coordinator(), Tokens.auditor(), Tokens.admin())) {
            Api.as(token).get("/api/v1/incidents/" + id).then().statusCode(200);
            Api.as(token).queryParam("unitCode", unit).get("/api/v1/incidents").then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));
            Api.as(token).get("/api/v1/incidents/" + id + "/history").then().statusCode(200);
        }
    }

    @Test
    void aResponderSeesWhatIsAssignedToItOnly() {
        String unit = Fixtures.commune();
        String assigned = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        String other = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        String responderId = Fixtures.uniqueCode("responder");
        String responder = Tokens.responder(responderId);
        Api.as(responder).get("/api/v1/incidents/" + assigned).then().statusCode(404);

        Triage.assign(Tokens.coordinator(), assigned, responderId);

        Api.as(responder).get("/api/v1/incidents/" + assigned).then().statusCode(200);
        Api.as(responder).get("/api/v1/incidents/" + other).then().statusCode(404);
        Api.as(responder).get("/api/v1/incidents").then().statusCode(200)
                .body("items.id", equalTo(List.of(assigned)));
    }

    @Test
    void theProvincialTeamSeesNoIncidentThatWasNotEscalated() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        Api.as(Tokens.provincial()).get("/api/v1/incidents/" + id).then().statusCode(404);
        Api.as(Tokens.provincial()).get("/api/v1/incidents").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void statusAndUnitFiltersNarrowTheList() {
        String unitA = Fixtures.commune();
        String unitB = Fixtures.commune();
        String a = Fixtures.incidentFiledBy(Tokens.reporter(unitA));
        String b = Fixtures.incidentFiledBy(Tokens.reporter(unitB));
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).queryParam("unitCode", unitA).queryParam("unitCode", unitB)
                .queryParam("status", "NEW").queryParam("sort", "createdAt")
                .get("/api/v1/incidents").then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b)));
        Api.as(coordinator).queryParam("unitCode", unitA + "," + unitB).queryParam("status", "TRIAGED,CLOSED")
                .get("/api/v1/incidents").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void pagingWalksEveryIncidentExactlyOnce() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        java.util.Set<String> filed = new java.util.HashSet<>();
        for (int i = 0; i < 7; i++) {
            filed.add(Fixtures.incidentFiledBy(reporter));
        }
        for (String sort : List.of("createdAt", "-createdAt", "updatedAt", "-updatedAt")) {
            List<String> seen = new java.util.ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = Api.as(reporter).queryParam("limit", 2).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/incidents").then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                cursor = page.path("nextCursor");
                if (cursor != null) {
                    org.junit.jupiter.api.Assertions.assertTrue(page.header("Link").contains("rel=\"next\""));
                }
                pages++;
            } while (cursor != null && pages < 10);
            org.junit.jupiter.api.Assertions.assertEquals(7, seen.size(), sort + ": " + seen);
            org.junit.jupiter.api.Assertions.assertEquals(filed, new java.util.HashSet<>(seen), sort);
        }
    }
}
