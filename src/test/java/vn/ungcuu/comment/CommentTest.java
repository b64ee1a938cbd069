package vn.ungcuu.comment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** Comments, and internal notes that reporters never see: not in the list, not in the history. */
@QuarkusTest
class CommentTest {

    private static final String SECRET_NOTE = "Nghi ngờ cán bộ xã làm lộ mật khẩu, chưa thông báo";

    @Inject
    DataSource db;

    @Test
    void internalNotesStayInternalEverywhere() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String coordinator = Tokens.coordinator();
        String id = Fixtures.incidentFiledBy(reporter);
        String path = "/api/v1/incidents/" + id + "/comments";

        Api.as(reporter).body(Map.of("body", "Máy chủ đã được tắt")).post(path).then().statusCode(201)
                .body("internal", equalTo(false)).body("author", equalTo(Tokens.subjectOf(reporter)));
        Api.as(coordinator).body(Map.of("body", SECRET_NOTE, "internal", true)).post(path).then().statusCode(201)
                .body("internal", equalTo(true));

        Api.as(reporter).get(path).then().statusCode(200)
                .body("items.body", equalTo(List.of("Máy chủ đã được tắt")));
        Api.as(coordinator).get(path).then().statusCode(200)
                .body("items.body", equalTo(List.of("Máy chủ đã được tắt", SECRET_NOTE)));
        Api.as(Tokens.auditor()).get(path).then().statusCode(200).body("items.size()", equalTo(2));

        String reporterHistory = Api.as(reporter).queryParam("limit", 500).get("/api/v1/incidents/" + id + "/history")
                .then().statusCode(200).body("items.action", hasItem("COMMENT"))
                .body("items.action", not(hasItem("COMMENT_INTERNAL"))).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(reporterHistory.contains("mật khẩu"), reporterHistory);
        Api.as(coordinator).queryParam("limit", 500).get("/api/v1/incidents/" + id + "/history").then()
                .body("items.action", hasItem("COMMENT_INTERNAL"));
        String export = Api.as(reporter).queryParam("format", "stix").get("/api/v1/incidents/" + id + "/export")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(export.contains("mật khẩu"), "not in exports either");
    }

    @Test
    void reportersCannotWriteInternalNotes() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String id = Fixtures.incidentFiledBy(reporter);
        Api.as(reporter).body(Map.of("body", "bí mật", "internal", true))
                .post("/api/v1/incidents/" + id + "/comments").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident_comment WHERE incident_id = ?::uuid", id));
    }

    @Test
    void commentsFollowTheIncidentsVisibility() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String stranger = Tokens.reporter(Fixtures.commune());
        Api.as(stranger).get("/api/v1/incidents/" + id + "/comments").then().statusCode(404);
        Api.as(stranger).body(Map.of("body", "xin chào")).post("/api/v1/incidents/" + id + "/comments").then()
                .statusCode(404);
        Api.as(Tokens.auditor()).body(Map.of("body", "kiểm tra")).post("/api/v1/incidents/" + id + "/comments")
                .then().statusCode(403);
        Api.as(Tokens.coordinator()).body(Map.of("body", " ")).post("/api/v1/incidents/" + id + "/comments").then()
                .statusCode(400).body("errors[0].field", equalTo("body"));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident_comment WHERE incident_id = ?::uuid", id));
    }

    @Test
    void theProvincialTeamCommentsOnEscalatedIncidents() {
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        Api.as(Tokens.provincial()).body(Map.of("body", "Đã nhận mẫu mã độc", "internal", true))
                .post("/api/v1/incidents/" + escalated.incidentId() + "/comments").then().statusCode(201);
        Api.as(Tokens.reporter(escalated.unitCode())).get("/api/v1/incidents/" + escalated.incidentId() + "/comments")
                .then().body("items.size()", equalTo(0));
    }
}
