package vn.ungcuu.regime;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/** The regimes as data: listed, read with every rule's legal basis, and never rewritten under a version. */
@QuarkusTest
class RegimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RegimeStore store;

    @Test
    void bothRulebooksAreListedWithTheDayTheLawChanged() {
        JsonPath list = Api.as(Tokens.reporter(Fixtures.commune())).get("/api/v1/regimes").then().statusCode(200)
                .body("nextCursor", equalTo(null)).extract().jsonPath();
        Map<String, Object> old = list.getMap("items.find { it.id == 'vn-2017' }");
        Map<String, Object> now = list.getMap("items.find { it.id == 'vn-2026' }");
        assertEquals("2026-07-01", old.get("inForceTo"));
        assertEquals("2026-07-01", now.get("inForceFrom"));
        assertEquals(null, now.get("inForceTo"));
        assertEquals(List.of(2), now.get("versions"), "version 2 is shipped; this database never stored 1");
        boolean today = !LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).isBefore(LocalDate.parse("2026-07-01"));
        assertEquals(today, now.get("inForceToday"));
        assertEquals(!today, old.get("inForceToday"));
        assertTrue(((Map<?, ?>) now.get("title")).get("vi").toString().contains("an ninh mạng"),
                "the 2026 terms: " + now.get("title"));
    }

    @Test
    void everyRuleCitesItsLegalBasis() throws Exception {
        for (String id : List.of("vn-2017", "vn-2026")) {
            JsonNode regime = JSON.readTree(Api.as(Tokens.auditor()).get("/api/v1/regimes/" + id).then()
                    .statusCode(200).extract().asString());
            for (String rules : List.of("obligations", "reportKinds", "classification")) {
                assertTrue(regime.get(rules).size() > 0, id + " " + rules);
                for (JsonNode rule : regime.get(rules)) {
                    assertTrue(!rule.at("/legalBasis/document").asText().isBlank()
                            && !rule.at("/legalBasis/article").asText().isBlank(), id + ": " + rule);
                }
            }
        }
        JsonNode now = JSON.readTree(Api.as(Tokens.coordinator()).queryParam("version", 2)
                .get("/api/v1/regimes/vn-2026").then().statusCode(200).extract().asString());
        JsonNode report = find(now.get("obligations"), "REPORT_72H");
        assertEquals("PT72H", report.at("/due/after").asText());
        assertEquals("DETECTED", report.at("/due/from").asText());
        assertEquals("PA05", report.get("recipient").asText());
        assertTrue(report.at("/legalBasis/document").asText().contains("331/2026"));
        assertTrue(find(now.get("obligations"), "IMMEDIATE_NOTICE").at("/due/immediate").asBoolean());
        assertEquals("PDP", find(now.get("obligations"), "PDP_NOTICE").get("recipient").asText());
        JsonNode old = JSON.readTree(Api.as(Tokens.coordinator()).get("/api/v1/regimes/vn-2017").then()
                .statusCode(200).extract().asString());
        assertEquals("PT120H", find(old.get("obligations"), "NOTIFY").at("/due/after").asText(), "5 days, as ISO 8601");
    }

    @Test
    void unknownRegimesAndVersionsAreNotFoundAndABadVersionIs400() {
        String token = Tokens.auditor();
        Api.as(token).get("/api/v1/regimes/vn-1999").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        Api.as(token).queryParam("version", 99).get("/api/v1/regimes/vn-2026").then().statusCode(404);
        Api.as(token).queryParam("version", "mới nhất").get("/api/v1/regimes/vn-2026").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].field", equalTo("version"));
        Api.anonymous().get("/api/v1/regimes").then().statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aStoredVersionIsNeverRewrittenAndTheRefusalNamesTheFile() throws Exception {
        String shipped = resource("regimes/vn-2026.json");
        assertEquals("vn-2026", store.store("regimes/vn-2026.json", shipped).id(), "the same file again is fine");
        ObjectNode changed = (ObjectNode) JSON.readTree(shipped);
        ((ObjectNode) find(changed.get("obligations"), "REPORT_72H").get("due")).put("after", "PT48H");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> store.store("regimes/vn-2026.json", JSON.writeValueAsString(changed)));
        assertTrue(refused.getMessage().contains("regimes/vn-2026.json")
                && refused.getMessage().contains("new version"), refused.getMessage());
        assertEquals("PT72H", find(JSON.readTree(Api.as(Tokens.auditor()).get("/api/v1/regimes/vn-2026").then()
                .statusCode(200).extract().asString()).get("obligations"), "REPORT_72H").at("/due/after").asText(),
                "the stored version stays");
    }

    @Test
    void aNewVersionIsStoredBesideTheOldOneWhichKeepsItsRules() throws Exception {
        String id = "vn-test-" + Fixtures.uniqueCode("v").toLowerCase().replaceAll("[^a-z0-9]", "");
        ObjectNode regime = (ObjectNode) JSON.readTree(resource("regimes/vn-2026.json"));
        regime.put("id", id).put("version", 1).put("inForceFrom", "2017-01-01").put("inForceTo", "2017-01-02");
        store.store("test " + id + " v1", JSON.writeValueAsString(regime));
        regime.put("version", 2);
        ((ObjectNode) find(regime.get("obligations"), "REPORT_72H").get("due")).put("after", "PT48H");
        store.store("test " + id + " v2", JSON.writeValueAsString(regime));

        String token = Tokens.auditor();
        Api.as(token).get("/api/v1/regimes/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("obligations.find { it.kind == 'REPORT_72H' }.due.after", equalTo("PT48H"));
        Api.as(token).queryParam("version", 1).get("/api/v1/regimes/" + id).then().statusCode(200)
                .body("obligations.find { it.kind == 'REPORT_72H' }.due.after", equalTo("PT72H"));
        Api.as(token).get("/api/v1/regimes").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.versions", equalTo(List.of(1, 2)));
    }

    @Test
    void aFileWithoutItsLegalBasisOrWithAnUnknownReportKindIsRefused() throws Exception {
        ObjectNode regime = (ObjectNode) JSON.readTree(resource("regimes/vn-2026.json"));
        regime.put("id", "vn-refused");
        ((ObjectNode) find(regime.get("obligations"), "INITIAL_NOTICE")).remove("legalBasis");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> store.store("refused.json", JSON.writeValueAsString(regime)));
        assertEquals("refused.json: obligation INITIAL_NOTICE: legalBasis needs its document and article",
                refused.getMessage());

        ObjectNode unknown = (ObjectNode) JSON.readTree(resource("regimes/vn-2026.json"));
        unknown.put("id", "vn-refused");
        ((ObjectNode) find(unknown.get("obligations"), "REPORT_72H").get("metBy")).putArray("reports").add("FAX");
        assertTrue(assertThrows(IllegalStateException.class, () -> store.store("refused.json",
                JSON.writeValueAsString(unknown))).getMessage().contains("report kind FAX"));
        Api.as(Tokens.auditor()).get("/api/v1/regimes/vn-refused").then().statusCode(404);
    }

    private static JsonNode find(JsonNode rules, String kind) {
        for (JsonNode rule : rules) {
            if (kind.equals(rule.path("kind").asText())) {
                return rule;
            }
        }
        throw new AssertionError("no " + kind + " in " + rules);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = RegimeTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
