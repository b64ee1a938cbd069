package vn.ungcuu.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** Reading with ETags and editing with JSON merge patch, If-Match and a full history. */
@QuarkusTest
class IncidentEditTest {

    @Inject
    DataSource db;

    @Test
    void aCurrentETagAnswers304() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        String etag = Api.as(reporter.token()).get("/api/v1/incidents/" + id).then().statusCode(200)
                .extract().header("ETag");
        Api.as(reporter.token()).header("If-None-Match", etag).get("/api/v1/incidents/" + id).then()
                .statusCode(304).header("ETag", equalTo(etag));
        Api.as(reporter.token()).header("If-None-Match", "\"999\"").get("/api/v1/incidents/" + id).then()
                .statusCode(200);
    }

    @Test
    void aMergePatchChangesOnlyTheGivenFieldsAndIsAudited() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        String system = Fixtures.system(reporter.unitCode(), 3);

        Api.as(reporter.token()).contentType(Api.MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("title", "Máy chủ nhiễm mã độc tống tiền", "affectedSystemIds", List.of(system)))
                .patch("/api/v1/incidents/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Máy chủ nhiễm mã độc tống tiền"))
                .body("description", equalTo("Phát hiện mã độc trên máy chủ một cửa điện tử"))
                .body("affectedSystemIds", equalTo(List.of(system)))
                .body("version", equalTo(1));

        Api.as(reporter.token()).get("/api/v1/incidents/" + id + "/history").then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
                .body("items[1].changes.size()", equalTo(2))
                .body("items[1].changes.find { it.field == 'title' }.from", equalTo("Máy chủ nhiễm mã độc"))
                .body("items[1].changes.find { it.field == 'title' }.to", equalTo("Máy chủ nhiễm mã độc tống tiền"))
                .body("items[1].changes.find { it.field == 'affectedSystemIds' }.from", equalTo(List.of()))
                .body("items[1].changes.find { it.field == 'affectedSystemIds' }.to", equalTo(List.of(system)));
    }

    @Test
    void plainJsonIsAcceptedAsAMergePatchAndNullClears() {
        String unit = Fixtures.commune();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).body(Map.of("assignee", "responder-7")).patch("/api/v1/incidents/" + id).then()
                .statusCode(200).body("assignee", equalTo("responder-7"));
        Api.as(coordinator).body("{\"assignee\": null}").patch("/api/v1/incidents/" + id).then()
                .statusCode(200).body("assignee", nullValue());
    }

    @Test
    void anEmptyPatchChangesNothing() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(reporter.token()).body("{}").patch("/api/v1/incidents/" + id).then()
                .statusCode(200).body("version", equalTo(0));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ?", id));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(reporter.token()).body(Map.of("title", "first edit")).patch("/api/v1/incidents/" + id).then()
                .statusCode(200);
        Api.as(reporter.token()).header("If-Match", "\"0\"").body(Map.of("title", "lost update"))
                .patch("/api/v1/incidents/" + id).then()
                .statusCode(412).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:precondition-failed"));
        Api.as(reporter.token()).header("If-Match", "W/\"1\"").body(Map.of("title", "weak tag"))
                .patch("/api/v1/incidents/" + id).then().statusCode(412);
        Api.as(reporter.token()).get("/api/v1/incidents/" + id).then().body("title", equalTo("first edit"));
    }

    @Test
    void statusUnitAndReferenceCannotBePatched() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(Tokens.coordinator()).body(Map.of("status", "CLOSED", "unitCode", "XA-OTHER", "reference", "SC-1"))
                .patch("/api/v1/incidents/" + id).then()
                .statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("unitCode"))
                .body("errors.field", hasItem("reference"));
        Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id).then()
                .body("status", equalTo("NEW")).body("version", equalTo(0));
    }

    @Test
    void anInvalidResultIsRefusedWhole() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(reporter.token()).body("{\"title\": \"ok title\", \"description\": null}")
                .patch("/api/v1/incidents/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("description"));
        Api.as(reporter.token()).body("{\"category\": \"NOPE\"}").patch("/api/v1/incidents/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("category"));
        Api.as(reporter.token()).body("{\"title\": 7}").patch("/api/v1/incidents/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
        Api.as(reporter.token()).body("[]").patch("/api/v1/incidents/" + id).then().statusCode(400);
        Api.as(reporter.token()).contentType("text/plain").body("{}").patch("/api/v1/incidents/" + id).then()
                .statusCode(415);
        Api.as(reporter.token()).get("/api/v1/incidents/" + id).then()
                .body("title", equalTo("Máy chủ nhiễm mã độc")).body("version", equalTo(0));
    }

    @Test
    void onlyCoordinatorsAssign() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(reporter.token()).body(Map.of("assignee", "my-friend")).patch("/api/v1/incidents/" + id).then()
                .statusCode(403).contentType(Api.PROBLEM_JSON);
        Api.as(Tokens.auditor()).body(Map.of("title", "auditor edit")).patch("/api/v1/incidents/" + id).then()
                .statusCode(403);
        Api.as(Tokens.coordinator()).body(Map.of("assignee", "responder-9")).patch("/api/v1/incidents/" + id).then()
                .statusCode(200);
        Api.as(Tokens.responder("responder-9")).body(Map.of("description", "đã cách ly máy chủ"))
                .patch("/api/v1/incidents/" + id).then().statusCode(200)
                .body("description", equalTo("đã cách ly máy chủ"));
    }

    @Test
    void historyIsPagedOldestFirst() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        for (int i = 1; i <= 3; i++) {
            Api.as(reporter.token()).body(Map.of("title", "edit " + i)).patch("/api/v1/incidents/" + id).then()
                    .statusCode(200);
        }
        String next = Api.as(reporter.token()).queryParam("limit", 3).get("/api/v1/incidents/" + id + "/history")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "UPDATE", "UPDATE")))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract().path("nextCursor");
        Api.as(reporter.token()).queryParam("limit", 3).queryParam("cursor", next)
                .get("/api/v1/incidents/" + id + "/history").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].changes[0].to", equalTo("edit 3"))
                .body("nextCursor", nullValue());
    }
}
