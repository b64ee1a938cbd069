package vn.ungcuu.support;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Official reports recorded over HTTP, with the content their regime asks for. */
public final class OfficialReports {

    private OfficialReports() {
    }

    /** A report of the kind, sent now to the recipient by the document system, saying every field the kind lists. */
    public static Map<String, Object> body(String incidentId, String kind, String recipient) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("recipient", recipient);
        body.put("sentAt", MovableTimeSource.current().toString());
        body.put("channel", "DOCUMENT_SYSTEM");
        body.put("documentNumber", "125/BC-UBND");
        body.put("content", contentFor(incidentId, kind));
        return body;
    }

    /** The first report kind of the incident's regime, sent now to the response team. */
    public static Map<String, Object> anyKind(String incidentId) {
        return body(incidentId, kindsOf(incidentId).get(0), "RESPONSE-TEAM");
    }

    /** Every field the incident's regime lists for the kind, each with some Vietnamese text. */
    public static Map<String, String> contentFor(String incidentId, String kind) {
        List<String> fields = regimeOf(incidentId).getList("reportKinds.find { it.kind == '" + kind + "' }.content");
        Map<String, String> content = new LinkedHashMap<>();
        fields.forEach(field -> content.put(field, "Nội dung mục " + field + " của báo cáo"));
        return content;
    }

    /** Records it as the caller; returns the new report's id. */
    public static String record(String token, String incidentId, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/incidents/" + incidentId + "/reports").then().statusCode(201)
                .extract().path("id");
    }

    private static List<String> kindsOf(String incidentId) {
        return regimeOf(incidentId).getList("reportKinds.kind");
    }

    private static JsonPath regimeOf(String incidentId) {
        String coordinator = Tokens.coordinator();
        JsonPath incident = Api.as(coordinator).get("/api/v1/incidents/" + incidentId)
                .then().statusCode(200).extract().jsonPath();
        return Api.as(coordinator).queryParam("version", incident.getInt("regime.version"))
                .get("/api/v1/regimes/" + incident.getString("regime.id")).then().statusCode(200).extract().jsonPath();
    }
}
