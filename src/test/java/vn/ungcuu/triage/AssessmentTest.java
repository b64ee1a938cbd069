package vn.ungcuu.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** PUT/GET /incidents/{id}/assessment and GET /severity/criteria over HTTP. */
@QuarkusTest
class AssessmentTest {

    @Inject
    DataSource db;

    /** An incident of a fresh commune hitting a system of the given level; returns its id. */
    private static String incidentOnSystemOfLevel(int level) {
        Reporter reporter = Reporter.ofNewCommune();
        String system = Fixtures.system(reporter.unitCode(), level);
        return Fixtures.incidentFiledBy(reporter.token(), "Hệ thống cấp " + level + " bị tấn công",
                Map.of("affectedSystemIds", List.of(system)));
    }

    private static Map<String, Object> seriousFacts() {
        return Triage.assessment(false, List.of("SERVICE_INTERRUPTION"));
    }

    @Test
    void aLevel4SystemItsOwnerCannotHandleIsSeriousAndSaysWhy() {
        String coordinator = Tokens.coordinator();
        String id = incidentOnSystemOfLevel(4);
        Api.as(coordinator).body(seriousFacts()).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(200)
                .body("legalClass", equalTo("SERIOUS"))
                .body("severity", equalTo("CRITICAL"))
                .body("computedSeverity", equalTo("CRITICAL"))
                .body("escalationRequired", equalTo(true))
                .body("matchedRules.id", hasItem("serious-art9"))
                .body("matchedRules.find { it.id == 'serious-art9' }.because", containsString("level 4"))
                .body("matchedRules.find { it.id == 'serious-art9' }.because", containsString("cannot handle"))
                .body("matchedRules.find { it.id == 'critical-serious' }.outcome", equalTo("severity=CRITICAL"));
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("severity", equalTo("CRITICAL")).body("legalClass", equalTo("SERIOUS"));
        Api.as(Tokens.auditor()).get("/api/v1/incidents/" + id + "/assessment").then().statusCode(200)
                .body("inputs.impacts", equalTo(List.of("SERVICE_INTERRUPTION")))
                .body("inputs.ownerCanHandle", equalTo(false));
    }

    @Test
    void theSameFactsOnALevel3SystemAreNotSerious() {
        String id = incidentOnSystemOfLevel(3);
        Api.as(Tokens.coordinator()).body(seriousFacts()).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(200).body("legalClass", equalTo("NORMAL")).body("severity", equalTo("HIGH"))
                .body("escalationRequired", equalTo(true));
    }

    @Test
    void anOverrideChangesSeverityOnlyNeedsAJustificationAndIsAudited() {
        String coordinator = Tokens.coordinator();
        String id = incidentOnSystemOfLevel(4);
        Map<String, Object> facts = new HashMap<>(seriousFacts());
        facts.put("override", Map.of("severity", "MEDIUM"));
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(400).body("errors.field", hasItem("override.justification"));
        facts.put("override", Map.of("severity", "MEDIUM", "justification", " "));
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(400);
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/assessment").then().statusCode(404);

        facts.put("override", Map.of("severity", "MEDIUM", "justification", "Đã cô lập hệ thống"));
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(200)
                .body("severity", equalTo("MEDIUM"))
                .body("computedSeverity", equalTo("CRITICAL"))
                .body("legalClass", equalTo("SERIOUS"))
                .body("override.justification", equalTo("Đã cô lập hệ thống"));
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].action", equalTo("ASSESS_OVERRIDE"))
                .body("items[-1].changes.find { it.field == 'assessment.override' }.to.severity", equalTo("MEDIUM"))
                .body("items[-1].changes.find { it.field == 'severity' }.to", equalTo("MEDIUM"))
                .body("items[-1].changes.find { it.field == 'legalClass' }.to", equalTo("SERIOUS"));
    }

    @Test
    void onlyCoordinatorsAssess() {
        String unit = Fixtures.commune();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        for (String token : List.of(Tokens.reporter(unit), Tokens.auditor(), Tokens.admin(), Tokens.provincial(),
                Tokens.responder("r-1"))) {
            Api.as(token).body(seriousFacts()).put("/api/v1/incidents/" + id + "/assessment").then()
                    .statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident_assessment WHERE incident_id = ?::uuid", id));
    }

    @Test
    void badFactsAre400() {
        String coordinator = Tokens.coordinator();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        Map<String, Object> facts = new HashMap<>(seriousFacts());
        facts.remove("ownerCanHandle");
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(400).body("errors.field", hasItem("ownerCanHandle"));
        facts = new HashMap<>(seriousFacts());
        facts.put("impacts", List.of("WORLD_ENDS"));
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(400).body("errors[0].field", containsString("impacts"));
        facts = new HashMap<>(seriousFacts());
        facts.put("affectedUnits", 0);
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(400).body("errors.field", hasItem("affectedUnits"));
    }

    @Test
    void aClosedIncidentIsNotReassessed() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("CLOSED", coordinator);
        Api.as(coordinator).body(seriousFacts()).put("/api/v1/incidents/" + id + "/assessment").then()
                .statusCode(409);
    }

    @Test
    void theCriteriaAreReadableByAnyAuthenticatedCaller() {
        Api.as(Tokens.reporter(Fixtures.commune())).get("/api/v1/severity/criteria").then().statusCode(200)
                .body("rules.id", hasItem("serious-art9"))
                .body("note", containsString("district's own convention"));
        given().get("/api/v1/severity/criteria").then().statusCode(401);
    }

    @Test
    void aNewCriteriaVersionNeverChangesPastAssessments() throws SQLException {
        String coordinator = Tokens.coordinator();
        String before = incidentOnSystemOfLevel(4);
        int oldVersion = Api.as(coordinator).body(seriousFacts()).put("/api/v1/incidents/" + before + "/assessment")
                .then().statusCode(200).extract().path("criteriaVersion");
        int newVersion = oldVersion + 1;
        // the same rules under a new number, as an administrator publishing a revision would
        Sql.execute(db, "INSERT INTO severity_criteria (version, document, loaded_at) SELECT ?, jsonb_set(document,"
                + " '{version}', to_jsonb(?::int)), now() FROM severity_criteria WHERE version = ?",
                newVersion, newVersion, oldVersion);

        Api.as(coordinator).get("/api/v1/severity/criteria").then().body("version", equalTo(newVersion));
        String after = incidentOnSystemOfLevel(4);
        Api.as(coordinator).body(seriousFacts()).put("/api/v1/incidents/" + after + "/assessment").then()
                .statusCode(200).body("criteriaVersion", equalTo(newVersion));
        Api.as(coordinator).get("/api/v1/incidents/" + before + "/assessment").then()
                .body("criteriaVersion", equalTo(oldVersion)).body("legalClass", equalTo("SERIOUS"));
    }
}
