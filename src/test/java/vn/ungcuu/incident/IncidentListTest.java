package vn.ungcuu.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** Lists for scripts: every filter, accent-insensitive search, CSV and NDJSON exports, stable paging. */
@QuarkusTest
class IncidentListTest {

    private final ObjectMapper json = new ObjectMapper();

    private static String file(String reporter, String title, String description, String category) {
        return Fixtures.incidentFiledBy(reporter, title, Map.of("description", description, "category", category));
    }

    private static List<String> ids(String token, Map<String, ?> query) {
        return Api.as(token).queryParams(query).queryParam("limit", 500).get("/api/v1/incidents").then()
                .statusCode(200).extract().path("items.id");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFindsReferences() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String malware = file(reporter, "Phát hiện MÃ ĐỘC trên máy chủ", "Máy chủ một cửa", "MALWARE");
        String phishing = file(reporter, "Thư giả mạo", "Đường dẫn lạ gửi tới cán bộ, 100% giả", "PHISHING");
        String reference = Api.as(reporter).get("/api/v1/incidents/" + phishing).then().extract().path("reference");

        assertEquals(List.of(malware), ids(reporter, Map.of("q", "ma doc")));
        assertEquals(List.of(malware), ids(reporter, Map.of("q", "Mã Độc")));
        assertEquals(List.of(phishing), ids(reporter, Map.of("q", "duong dan la")));
        assertEquals(List.of(phishing), ids(reporter, Map.of("q", reference.toLowerCase())));
        assertEquals(List.of(phishing), ids(reporter, Map.of("q", "100%")), "LIKE wildcards are literal");
        assertEquals(List.of(), ids(reporter, Map.of("q", "_")));
        Api.as(reporter).queryParam("q", "x".repeat(201)).get("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("q"));
    }

    /** The list and the single read show the same duplicates, each only to callers who may read it. */
    @Test
    void duplicatesAreListedInOrderAndOnlyToThoseWhoMayReadThem() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String other = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String original = Fixtures.incidentFiledBy(reporter);
        String sameUnit = Fixtures.incidentFiledBy(reporter);
        String otherUnit = Fixtures.incidentFiledBy(Tokens.reporter(other));
        for (String duplicate : List.of(sameUnit, otherUnit)) {
            Api.as(coordinator).body(Map.of("action", "REJECT", "reason", "trùng", "duplicateOf", original))
                    .post("/api/v1/incidents/" + duplicate + "/transitions").then().statusCode(200);
        }
        Api.as(coordinator).get("/api/v1/incidents/" + original).then()
                .body("duplicates", equalTo(List.of(sameUnit, otherUnit)));
        Api.as(reporter).get("/api/v1/incidents/" + original).then().body("duplicates", equalTo(List.of(sameUnit)));
        // one status and one unit (an equality) and two statuses (a list) find the same original
        for (Map<String, ?> query : List.of(Map.of("unitCode", unit, "status", "NEW"),
                Map.of("unitCode", List.of(unit, other), "status", List.of("NEW", "TRIAGED")))) {
            Response asCoordinator = Api.as(coordinator).queryParams(query).get("/api/v1/incidents");
            asCoordinator.then().statusCode(200).body("items.id", equalTo(List.of(original)))
                    .body("items[0].duplicates", equalTo(List.of(sameUnit, otherUnit)));
            Api.as(reporter).queryParams(query).get("/api/v1/incidents").then().statusCode(200)
                    .body("items.id", equalTo(List.of(original))).body("items[0].duplicates", equalTo(List.of(sameUnit)));
        }
    }

    @Test
    void eachFilterAndTheirCombinationNarrow() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        Instant start = Instant.now().minusSeconds(1);
        String dos = file(reporter, "Từ chối dịch vụ", "Cổng thông tin chậm", "DOS");
        String malware = file(reporter, "Mã độc", "Máy trạm", "MALWARE");
        String phishing = file(reporter, "Lừa đảo", "Thư giả", "PHISHING");
        Api.as(coordinator).body(Triage.assessment(false, List.of())).put("/api/v1/incidents/" + malware + "/assessment")
                .then().statusCode(200).body("severity", equalTo("HIGH"));
        Instant afterAssessment = Instant.now();
        Api.as(coordinator).body(Map.of("title", "Lừa đảo qua thư")).patch("/api/v1/incidents/" + phishing).then()
                .statusCode(200);

        Map<String, Object> mine = Map.of("unitCode", unit);
        assertEquals(Set.of(dos, malware, phishing), Set.copyOf(ids(coordinator, mine)));
        assertEquals(List.of(malware), ids(coordinator, with(mine, "severity", "HIGH")));
        assertEquals(Set.of(dos, phishing), Set.copyOf(ids(coordinator, with(mine, "severity", "UNASSESSED"))));
        assertEquals(Set.of(dos, malware, phishing), Set.copyOf(ids(coordinator, with(mine, "severity", "HIGH,UNASSESSED"))));
        assertEquals(Set.of(dos, phishing), Set.copyOf(ids(coordinator, with(mine, "category", "DOS,PHISHING"))));
        assertEquals(List.of(phishing), ids(coordinator, with(mine, "updatedSince", afterAssessment.toString())));
        assertEquals(Set.of(dos, malware, phishing), Set.copyOf(ids(coordinator, with(mine, "createdFrom", start.toString()))));
        assertEquals(List.of(), ids(coordinator, with(mine, "createdTo", start.toString())));
        assertEquals(List.of(phishing), ids(coordinator, with(with(mine, "category", "PHISHING"), "q", "lua dao")));
        Api.as(coordinator).queryParam("updatedSince", "yesterday").get("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        Api.as(coordinator).queryParam("severity", "EXTREME").get("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("severity"));
    }

    @Test
    void csvHasEveryMatchingRowEscaped() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String tricky = "Dòng 1, có dấu phẩy\nDòng 2 có \"ngoặc kép\"\r\nDòng 3 — tiếng Việt: Đắk Lắk";
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(file(reporter, "Sự cố, số " + i, tricky, "OTHER"));
        }
        Response csv = Api.as(reporter).accept("text/csv").queryParam("unitCode", unit).queryParam("limit", 1)
                .get("/api/v1/incidents");
        csv.then().statusCode(200).contentType(startsWith("text/csv"));
        List<List<String>> rows = parseCsv(new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(IncidentExport.COLUMNS, rows.get(0));
        assertEquals(4, rows.size(), "header and every row, whatever the limit");
        int title = IncidentExport.COLUMNS.indexOf("title");
        int description = IncidentExport.COLUMNS.indexOf("description");
        Set<String> ids = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(IncidentExport.COLUMNS.size(), row.size());
            assertTrue(row.get(title).startsWith("Sự cố, số "));
            assertEquals(tricky, row.get(description));
            ids.add(row.get(0));
        }
        assertEquals(Set.copyOf(filed), ids);
    }

    @Test
    void ndjsonHasOneIncidentPerLine() throws Exception {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            filed.add(file(reporter, "Sự cố " + i, "Dòng một\nDòng hai", "DOS"));
        }
        Response ndjson = Api.as(reporter).accept("application/x-ndjson").queryParam("unitCode", unit)
                .get("/api/v1/incidents");
        ndjson.then().statusCode(200).contentType(startsWith("application/x-ndjson"));
        String[] lines = new String(ndjson.asByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode incident = json.readTree(line);
            assertEquals("Dòng một\nDòng hai", incident.get("description").asText());
            ids.add(incident.get("id").asText());
        }
        assertEquals(filed, ids);
    }

    @Test
    void exportsStayWithinTheCallersScope() {
        String unit = Fixtures.commune();
        Fixtures.incidentFiledBy(Tokens.reporter(unit));
        String other = Fixtures.commune();
        String csv = Api.as(Tokens.reporter(other)).accept("text/csv").queryParam("unitCode", unit)
                .get("/api/v1/incidents").then().statusCode(200).extract().asString();
        assertEquals(1, csv.split("\r\n").length, "only the header: " + csv);
    }

    @Test
    void theTypedExportAnswersWhatAcceptAskedOfTheList() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        file(reporter, "Sự cố, xuất tệp", "Dòng một\nDòng hai", "DOS");
        file(reporter, "Sự cố thứ hai", "Mô tả", "MALWARE");
        for (String[] format : new String[][] {{"csv", "text/csv"}, {"ndjson", "application/x-ndjson"}}) {
            byte[] negotiated = Api.as(reporter).accept(format[1]).queryParam("unitCode", unit)
                    .get("/api/v1/incidents").then().statusCode(200).extract().asByteArray();
            byte[] typed = Api.as(reporter).accept(format[1]).queryParam("format", format[0])
                    .queryParam("unitCode", unit).get("/api/v1/incidents/export").then().statusCode(200)
                    .contentType(startsWith(format[1])).extract().asByteArray();
            assertEquals(new String(negotiated, java.nio.charset.StandardCharsets.UTF_8),
                    new String(typed, java.nio.charset.StandardCharsets.UTF_8), format[0]);
        }
        // a generated client accepts both media types of the operation: the format decides
        Api.as(reporter).accept("text/csv, application/x-ndjson").queryParam("format", "ndjson")
                .queryParam("category", "DOS").get("/api/v1/incidents/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"));
        String csv = Api.as(reporter).accept("text/csv").queryParam("format", "CSV").queryParam("category", "MALWARE")
                .get("/api/v1/incidents/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"incidents.csv\"").extract().asString();
        assertEquals(2, csv.split("\r\n").length, "the header and the one MALWARE incident: " + csv);
        String stranger = Api.as(Tokens.reporter(Fixtures.commune())).accept("text/csv").queryParam("format", "csv")
                .queryParam("unitCode", unit).get("/api/v1/incidents/export").then().statusCode(200).extract().asString();
        assertEquals(1, stranger.split("\r\n").length, "another unit's reporter sees only the header");
    }

    @Test
    void theExportNeedsAKnownFormatAndAMediaTypeItCanAnswer() {
        String coordinator = Tokens.coordinator();
        for (String format : new String[] {null, "", "json", "xlsx"}) {
            var request = Api.as(coordinator).accept("text/csv");
            if (format != null) {
                request.queryParam("format", format);
            }
            request.get("/api/v1/incidents/export").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body("errors[0].field", equalTo("format"));
        }
        Api.as(coordinator).queryParam("format", "csv").queryParam("createdFrom", "hôm qua")
                .accept("text/csv").get("/api/v1/incidents/export").then().statusCode(400)
                .body("errors[0].field", equalTo("createdFrom"));
        Api.as(coordinator).accept("application/json").queryParam("format", "csv").get("/api/v1/incidents/export")
                .then().statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void walkingAllPagesWhileOthersFileYieldsEveryExistingIncidentOnce() throws Exception {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            existing.add(Fixtures.incidentFiledBy(reporter));
        }
        AtomicBoolean walking = new AtomicBoolean(true);
        ExecutorService inserter = Executors.newSingleThreadExecutor();
        Future<Integer> inserted = inserter.submit(() -> {
            int count = 0;
            while (walking.get() && count < 200) {
                Fixtures.incidentFiledBy(reporter);
                count++;
            }
            return count;
        });
        try {
            for (String sort : List.of("-createdAt", "createdAt")) {
                List<String> seen = new ArrayList<>();
                String cursor = null;
                do {
                    var request = Api.as(reporter).queryParam("unitCode", unit).queryParam("limit", 4)
                            .queryParam("sort", sort);
                    if (cursor != null) {
                        request.queryParam("cursor", cursor);
                    }
                    var page = request.get("/api/v1/incidents").then().statusCode(200).extract();
                    seen.addAll(page.path("items.id"));
                    cursor = page.path("nextCursor");
                } while (cursor != null && seen.size() < 2000);
                assertEquals(seen.size(), new HashSet<>(seen).size(), sort + ": no incident twice");
                assertTrue(new HashSet<>(seen).containsAll(existing), sort + ": every pre-existing incident");
            }
        } finally {
            walking.set(false);
            assertTrue(inserted.get() > 0, "inserts really ran during the walk");
            inserter.shutdownNow();
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    /** A strict RFC 4180 reader, written here so the test does not trust the code it checks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
