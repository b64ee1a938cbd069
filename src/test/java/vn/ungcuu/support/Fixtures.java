package vn.ungcuu.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the domain through the API, each call with fresh codes so that tests never share data. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A commune registered by an administrator; returns its code. */
    public static String commune() {
        String code = uniqueCode("XA");
        Api.as(Tokens.admin()).body(Map.of("code", code, "name", "UBND xã " + code, "type", "COMMUNE",
                        "focalPoint", Map.of("name", "Lê Văn Bình", "phone", "0912 345 678")))
                .post("/api/v1/units").then().statusCode(201);
        return code;
    }

    /** An information system of the unit at the given security level; returns its id. */
    public static String system(String unitCode, int level) {
        return Api.as(Tokens.admin()).body(Map.of("unitCode", unitCode, "name", "Hệ thống cấp " + level,
                        "securityLevel", level))
                .post("/api/v1/systems").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> incidentBody(String title) {
        return Map.of("title", title,
                "description", "Phát hiện mã độc trên máy chủ một cửa điện tử",
                "category", "MALWARE",
                "detectedAt", MovableTimeSource.current().minus(2, ChronoUnit.HOURS).toString());
    }

    /** An incident filed by the given reporter for its own unit; returns its id. */
    public static String incidentFiledBy(String reporterToken) {
        return Api.as(reporterToken).body(incidentBody("Máy chủ nhiễm mã độc"))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    /**
     * An incident filed by the given reporter for its own unit: {@link #incidentBody} with the title, and the
     * given fields added or replaced (category, affected systems, detection time...); returns its id.
     */
    public static String incidentFiledBy(String reporterToken, String title, Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(incidentBody(title));
        body.putAll(fields);
        return Api.as(reporterToken).body(body).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    public static void assertIncidentStatus(String id, String status) {
        Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id).then().body("status", equalTo(status));
    }
}
