package vn.ungcuu.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * GET /reports/summary over HTTP. Other tests file incidents "now", so each test here moves the service's
 * clock to years of its own (2019; 2021-2023; 2024; 2025: all under vn-2017) before filing, and its periods hold only what
 * it filed: the figures are checked against what the test built, and against SQL of its own.
 */
@QuarkusTest
class ReportSummaryTest {

    private static final String SUMMARY = "/api/v1/reports/summary";
    private static final List<String> STATUSES =
            List.of("NEW", "TRIAGED", "IN_PROGRESS", "ESCALATED", "RESOLVED", "CLOSED", "REJECTED");
    private static final List<String> CATEGORIES = List.of("DOS", "PHISHING", "MALWARE", "UNAUTHORIZED_ACCESS",
            "DEFACEMENT", "RANSOMWARE", "DESTRUCTION", "DATA_THEFT", "COMBINED", "OTHER");

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** Sets the service's clock to about the given instant (it runs on from there). */
    private static void clockAt(Instant instant) {
        MovableTimeSource.reset();
        MovableTimeSource.advance(Duration.between(Instant.now(), instant));
    }

    /** Files an incident for the unit at the given time (detected an hour before); returns its id. */
    private static String fileAt(Instant at, String coordinator, String unit, String category, boolean beyondCapacity) {
        clockAt(at);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Sự cố " + category.toLowerCase() + " tại " + unit);
        body.put("description", "Phát hiện bất thường trên hệ thống, đang xác minh");
        body.put("category", category);
        body.put("detectedAt", at.minus(Duration.ofHours(1)).toString());
        body.put("unitCode", unit);
        body.put("beyondCapacity", beyondCapacity);
        return Api.as(coordinator).body(body).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    private static void assess(String coordinator, String id, boolean ownerCanHandle, String functionalImpact,
            String expectedSeverity) {
        Map<String, Object> facts = Triage.assessment(ownerCanHandle,
                ownerCanHandle ? List.of() : List.of("SERVICE_INTERRUPTION"));
        facts.put("functionalImpact", functionalImpact);
        Api.as(coordinator).body(facts).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(200)
                .body("severity", equalTo(expectedSeverity));
    }

    private static void takeAt(Instant at, String coordinator, String id, String... actions) {
        clockAt(at);
        for (String action : actions) {
            Triage.take(coordinator, id, action);
        }
    }

    /** The JSON summary; fractions as doubles (JsonPath's default float would lose the milliseconds). */
    private static JsonPath summary(String token, Map<String, String> query) {
        String body = Api.as(token).queryParams(query).get(SUMMARY).then().statusCode(200)
                .contentType("application/json").extract().asString();
        return new JsonPath(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    private static Map<String, Long> counts(JsonPath report, String path) {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.getMap(path, String.class, Number.class).forEach((key, value) -> counts.put(key, value.longValue()));
        return counts;
    }

    /** Every key with 0, then the given pairs. */
    private static Map<String, Long> expected(List<String> keys, Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The seconds from report to the given column of the incidents reported in [from, to), by SQL. */
    private List<Double> secondsTo(String column, Instant from, Instant to) throws SQLException {
        List<Double> seconds = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT reported_at, " + column
                        + " FROM incident WHERE reported_at >= ? AND reported_at < ? AND " + column + " IS NOT NULL")) {
            statement.setObject(1, utc(from));
            statement.setObject(2, utc(to));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant reported = rows.getObject(1, OffsetDateTime.class).toInstant();
                    Instant reached = rows.getObject(2, OffsetDateTime.class).toInstant();
                    seconds.add(Duration.between(reported, reached).toNanos() / 1e9);
                }
            }
        }
        return seconds;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    @Test
    void aHalfYearIsCountedTimedAndBrokenDownLikeForm05() throws SQLException {
        String coordinator = Tokens.coordinator();
        String unitA = Fixtures.commune();
        String unitB = Fixtures.commune();
        Instant t0 = Instant.parse("2019-03-01T01:00:00Z");

        // never touched: NOTIFY unmet, past due by the time of the report
        String fresh = fileAt(t0, coordinator, unitA, "PHISHING", false);
        // triaged after 1 h, resolved after 3 h, closed in time
        String closed = fileAt(t0, coordinator, unitA, "MALWARE", false);
        assess(coordinator, closed, true, "NONE", "LOW");
        takeAt(t0.plus(Duration.ofHours(1)), coordinator, closed, "TRIAGE", "START");
        takeAt(t0.plus(Duration.ofHours(3)), coordinator, closed, "RESOLVE");
        takeAt(t0.plus(Duration.ofHours(4)), coordinator, closed, "CLOSE");
        // beyond capacity, triaged and escalated after 2 h: the escalation is still open
        String escalated = fileAt(t0, coordinator, unitB, "RANSOMWARE", true);
        assess(coordinator, escalated, false, "NONE", "HIGH");
        takeAt(t0.plus(Duration.ofHours(2)), coordinator, escalated, "TRIAGE", "ESCALATE");
        // beyond capacity, triaged after 4 h, escalated after 30 h (INITIAL_REPORT met late), returned by the
        // province, resolved after 40 h and never closed (END_REPORT past due)
        String returned = fileAt(t0, coordinator, unitB, "RANSOMWARE", true);
        assess(coordinator, returned, false, "NONE", "HIGH");
        takeAt(t0.plus(Duration.ofHours(4)), coordinator, returned, "TRIAGE");
        takeAt(t0.plus(Duration.ofHours(30)), coordinator, returned, "ESCALATE");
        String escalation = Api.as(coordinator).get("/api/v1/incidents/" + returned + "/history").then().extract()
                .path("items.find { it.action == 'ESCALATE' }.changes.find { it.field == 'escalation.id' }.to");
        Api.as(Tokens.provincial()).body(Map.of("reason", "Trong khả năng xử lý của huyện"))
                .post("/api/v1/escalations/" + escalation + "/return").then().statusCode(200);
        takeAt(t0.plus(Duration.ofHours(40)), coordinator, returned, "RESOLVE");
        // not an incident: rejected, its clocks dropped; left out of Form 05
        String rejected = fileAt(t0, coordinator, unitA, "DOS", false);
        takeAt(t0, coordinator, rejected, "REJECT");
        // beyond capacity but never escalated: triaged after 10 h, INITIAL_REPORT unmet
        String slow = fileAt(t0, coordinator, unitA, "DEFACEMENT", true);
        assess(coordinator, slow, true, "LOW", "MEDIUM");
        takeAt(t0.plus(Duration.ofHours(10)), coordinator, slow, "TRIAGE");
        // in the second half of the year
        fileAt(Instant.parse("2019-08-01T03:00:00Z"), coordinator, unitB, "OTHER", false);

        clockAt(Instant.parse("2019-09-01T00:00:00Z"));
        JsonPath h1 = summary(Tokens.auditor(), Map.of("period", "2019-H1"));

        assertEquals("2019-H1", h1.getString("period"));
        assertEquals("2018-12-31T17:00:00Z", h1.getString("from"));
        assertEquals("2019-06-30T17:00:00Z", h1.getString("to"));
        assertEquals("Asia/Ho_Chi_Minh", h1.getString("timeZone"));
        assertTrue(h1.getString("generatedAt").startsWith("2019-09-01T00:0"), h1.getString("generatedAt"));
        Instant from = Instant.parse(h1.getString("from"));
        Instant to = Instant.parse(h1.getString("to"));

        assertEquals(6, h1.getLong("total"));
        assertEquals(6, Sql.count(db, "SELECT count(*) FROM incident WHERE reported_at >= ? AND reported_at < ?",
                utc(from), utc(to)));
        assertEquals(expected(STATUSES, "NEW", 1, "TRIAGED", 1, "ESCALATED", 1, "RESOLVED", 1, "CLOSED", 1,
                "REJECTED", 1), counts(h1, "byStatus"));
        assertEquals(expected(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL", "UNASSESSED"), "LOW", 1, "MEDIUM", 1,
                "HIGH", 2, "UNASSESSED", 2), counts(h1, "bySeverity"));
        assertEquals(expected(CATEGORIES, "DOS", 1, "PHISHING", 1, "MALWARE", 1, "DEFACEMENT", 1, "RANSOMWARE", 2),
                counts(h1, "byCategory"));
        assertEquals(Map.of(unitA, 4L, unitB, 2L), counts(h1, "byUnit"));
        for (String unit : List.of(unitA, unitB)) {
            assertEquals(counts(h1, "byUnit").get(unit), Sql.count(db, "SELECT count(*) FROM incident"
                    + " WHERE unit_code = ? AND reported_at >= ? AND reported_at < ?", unit, utc(from), utc(to)));
        }

        assertEquals(2, h1.getLong("escalations"));
        assertEquals(1, h1.getLong("openEscalations"));
        assertEquals(2, Sql.count(db, "SELECT count(*) FROM escalation WHERE incident_id IN (?::uuid, ?::uuid)",
                escalated, returned));

        // triage after 1, 2, 4 and 10 hours: mean 4.25 h, median 3 h (interpolated between 2 and 4)
        List<Double> triage = secondsTo("triaged_at", from, to);
        assertEquals(4, triage.size());
        assertEquals(4, h1.getLong("timeToTriage.incidents"));
        assertEquals(mean(triage), h1.getDouble("timeToTriage.meanSeconds"), 0.001);
        assertEquals(median(triage), h1.getDouble("timeToTriage.medianSeconds"), 0.001);
        assertEquals(4.25 * 3600, h1.getDouble("timeToTriage.meanSeconds"), 60);
        assertEquals(3 * 3600, h1.getDouble("timeToTriage.medianSeconds"), 60);
        // resolution after 3 and 40 hours
        List<Double> resolve = secondsTo("resolved_at", from, to);
        assertEquals(2, h1.getLong("timeToResolve.incidents"));
        assertEquals(mean(resolve), h1.getDouble("timeToResolve.meanSeconds"), 0.001);
        assertEquals(median(resolve), h1.getDouble("timeToResolve.medianSeconds"), 0.001);
        assertEquals(21.5 * 3600, h1.getDouble("timeToResolve.medianSeconds"), 60);

        // NOTIFY of the untouched one; INITIAL_REPORT met late and never met; END_REPORT never met
        assertEquals(Map.of("NOTIFY", 1L, "INITIAL_REPORT", 2L, "END_REPORT", 1L),
                counts(h1, "deadlinesBreached.byKind"));
        assertEquals(4, h1.getLong("deadlinesBreached.total"));
        long breachedOnTheIncidents = 0;
        for (String id : List.of(fresh, closed, escalated, returned, rejected, slow)) {
            List<Boolean> breached = Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200)
                    .extract().path("deadlines.breached");
            breachedOnTheIncidents += breached.stream().filter(Boolean::booleanValue).count();
        }
        assertEquals(4, breachedOnTheIncidents, "the incidents' own deadline views agree");

        Map<String, Map<String, Object>> form05 = h1.getMap("handlingByCategory");
        assertEquals(CATEGORIES, List.copyOf(form05.keySet()));
        assertEquals(Map.of("incidents", 1, "handledByUnitAlone", 1, "withProvincialSupport", 0,
                "supportRequested", 0), form05.get("PHISHING"));
        assertEquals(Map.of("incidents", 1, "handledByUnitAlone", 1, "withProvincialSupport", 0,
                "supportRequested", 0), form05.get("MALWARE"));
        assertEquals(Map.of("incidents", 2, "handledByUnitAlone", 0, "withProvincialSupport", 2,
                "supportRequested", 2), form05.get("RANSOMWARE"));
        assertEquals(Map.of("incidents", 1, "handledByUnitAlone", 1, "withProvincialSupport", 0,
                "supportRequested", 1), form05.get("DEFACEMENT"));
        assertEquals(Map.of("incidents", 0, "handledByUnitAlone", 0, "withProvincialSupport", 0,
                "supportRequested", 0), form05.get("DOS"), "a rejected incident is not handled");

        // the whole year adds the second half's incident, for every role allowed to read reports
        for (String token : List.of(Tokens.coordinator(), Tokens.admin())) {
            JsonPath year = summary(token, Map.of("period", "2019"));
            assertEquals(7, year.getLong("total"));
            assertEquals(1, year.getLong("byCategory.OTHER"));
            assertEquals(Map.of(unitA, 4L, unitB, 3L), counts(year, "byUnit"));
            assertEquals("2019-12-31T17:00:00Z", year.getString("to"));
            assertEquals(2, year.getLong("deadlinesBreached.byKind.NOTIFY"), "the August one is past due too");
        }
        JsonPath h2 = summary(Tokens.auditor(), Map.of("period", "2019-H2"));
        assertEquals(1, h2.getLong("total"));
        assertEquals(1, h2.getLong("byStatus.NEW"));
        assertEquals(Map.of(unitB, 1L), counts(h2, "byUnit"));
        assertNull(h2.get("timeToTriage.meanSeconds"));
    }

    @Test
    void halvesAndYearsEndAtMidnightInHanoiNotInUtc() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        fileAt(Instant.parse("2021-12-31T16:30:00Z"), coordinator, unit, "OTHER", false); // 2021-12-31 23:30 local
        fileAt(Instant.parse("2021-12-31T17:30:00Z"), coordinator, unit, "OTHER", false); // 2022-01-01 00:30
        fileAt(Instant.parse("2022-06-30T16:30:00Z"), coordinator, unit, "OTHER", false); // 2022-06-30 23:30: H1
        fileAt(Instant.parse("2022-06-30T17:30:00Z"), coordinator, unit, "OTHER", false); // 2022-07-01 00:30: H2
        fileAt(Instant.parse("2022-12-31T16:30:00Z"), coordinator, unit, "OTHER", false); // 2022-12-31 23:30
        fileAt(Instant.parse("2022-12-31T17:30:00Z"), coordinator, unit, "OTHER", false); // 2023-01-01 00:30
        clockAt(Instant.parse("2023-02-01T00:00:00Z"));
        String auditor = Tokens.auditor();

        Map<String, Long> expectations = new LinkedHashMap<>();
        expectations.put("2021", 1L);
        expectations.put("2022", 4L);
        expectations.put("2022-H1", 2L);
        expectations.put("2022-H2", 2L);
        expectations.put("2023", 1L);
        expectations.put("2023-H1", 1L);
        expectations.forEach((period, total) -> {
            JsonPath report = summary(auditor, Map.of("period", period));
            assertEquals(total, report.getLong("total"), period);
            assertEquals(total, report.getLong("byCategory.OTHER"), period);
        });
        JsonPath h2 = summary(auditor, Map.of("period", "2022-H2"));
        assertEquals("2022-06-30T17:00:00Z", h2.getString("from"));
        assertEquals("2022-12-31T17:00:00Z", h2.getString("to"));
        assertEquals(Map.of(unit, 2L), counts(h2, "byUnit"));

        // dates are whole local days, both included
        JsonPath june30 = summary(auditor, Map.of("from", "2022-06-30", "to", "2022-06-30"));
        assertEquals(1, june30.getLong("total"));
        assertNull(june30.getString("period"));
        assertEquals("2022-06-29T17:00:00Z", june30.getString("from"));
        assertEquals("2022-06-30T17:00:00Z", june30.getString("to"));
        assertEquals(2, summary(auditor, Map.of("from", "2022-06-30", "to", "2022-07-01")).getLong("total"));
        assertEquals(4, summary(auditor, Map.of("from", "2022-01-01", "to", "2022-12-31")).getLong("total"));
        // instants are exact, in any offset: [from, to)
        JsonPath firstHour = summary(auditor,
                Map.of("from", "2022-07-01T00:00:00+07:00", "to", "2022-06-30T18:00:00Z"));
        assertEquals(1, firstHour.getLong("total"));
        assertEquals("2022-06-30T17:00:00Z", firstHour.getString("from"));
        assertEquals(0, summary(auditor, Map.of("from", "2022-06-30T17:00:00Z", "to", "2022-06-30T17:15:00Z"))
                .getLong("total"));
    }

    @Test
    void anEmptyPeriodHasTheFullShapeWithZerosAndNulls() {
        clockAt(Instant.parse("2025-12-31T00:00:00Z"));
        JsonPath empty = summary(Tokens.coordinator(), Map.of("period", "2025-H2"));
        assertEquals(0, empty.getLong("total"));
        assertEquals(expected(STATUSES), counts(empty, "byStatus"));
        assertEquals(expected(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL", "UNASSESSED")), counts(empty, "bySeverity"));
        assertEquals(expected(CATEGORIES), counts(empty, "byCategory"));
        assertEquals(Map.of(), counts(empty, "byUnit"));
        assertEquals(0, empty.getLong("escalations"));
        assertEquals(0, empty.getLong("openEscalations"));
        for (String duration : List.of("timeToTriage", "timeToResolve")) {
            assertEquals(0, empty.getLong(duration + ".incidents"));
            assertTrue(empty.getMap(duration).containsKey("meanSeconds"), "present, as null");
            assertNull(empty.get(duration + ".meanSeconds"));
            assertNull(empty.get(duration + ".medianSeconds"));
        }
        assertEquals(expected(List.of("NOTIFY", "INITIAL_REPORT", "END_REPORT")),
                counts(empty, "deadlinesBreached.byKind"));
        assertEquals(CATEGORIES, List.copyOf(empty.getMap("handlingByCategory").keySet()));
    }

    @Test
    void csvHasOneRowPerFigureWithTheJsonValues() {
        String coordinator = Tokens.coordinator();
        String unitA = Fixtures.commune();
        String unitB = Fixtures.commune();
        Instant t0 = Instant.parse("2024-04-10T02:00:00Z");
        String triaged = fileAt(t0, coordinator, unitA, "PHISHING", false);
        assess(coordinator, triaged, true, "NONE", "LOW");
        takeAt(t0.plus(Duration.ofMinutes(90)), coordinator, triaged, "TRIAGE");
        fileAt(t0, coordinator, unitB, "MALWARE", true);
        clockAt(t0.plus(Duration.ofDays(2)));

        String csv = Api.as(Tokens.auditor()).accept("text/csv").queryParam("period", "2024-H1").get(SUMMARY).then()
                .statusCode(200).contentType(startsWith("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Vary", containsString("Accept"))
                .header("Content-Disposition", equalTo("attachment; filename=\"summary-2024-H1.csv\""))
                .extract().asString();
        JsonPath json = summary(Tokens.auditor(), Map.of("period", "2024-H1"));
        String typed = Api.as(Tokens.auditor()).accept("text/csv").queryParam("format", "csv")
                .queryParam("period", "2024-H1").get(SUMMARY + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"summary-2024-H1.csv\""))
                .extract().asString();
        assertEquals(withoutGeneratedAt(csv), withoutGeneratedAt(typed), "the typed export is the same file");
        Api.as(Tokens.auditor()).accept("text/csv").queryParam("format", "xlsx").queryParam("period", "2024-H1")
                .get(SUMMARY + "/export").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].field", equalTo("format"));

        List<String> records = ReportCsvTest.records(csv);
        assertEquals("section,key,value", records.get(0));
        // 8 summary, 7 statuses, 5 severities, 10 categories, 2 units, 2 x 3 durations,
        // 1 + 3 breaches, 10 categories x 4 for Form 05, 3 obligation kinds x 6, 3 + 4 + 4 preparedness figures
        assertEquals(1 + 8 + 7 + 5 + 10 + 2 + 6 + 4 + 40 + 18 + 11, records.size());
        int checked = 0;
        for (String record : records.subList(1, records.size())) {
            String[] fields = record.split(",", -1);
            assertEquals(3, fields.length, record);
            if (record.startsWith("summary,generatedAt,")) {
                continue;
            }
            String path = (fields[0].equals("summary") ? "" : fields[0] + ".") + "'" + fields[1] + "'";
            Object value = json.get(path);
            assertEquals(value == null ? "" : ReportCsv.text(value), fields[2], path);
            checked++;
        }
        assertEquals(records.size() - 2, checked);
        assertTrue(records.contains("summary,total,2"));
        assertTrue(records.contains("byUnit," + unitA + ",1"));
        assertTrue(records.contains("bySeverity,UNASSESSED,1"));
        assertTrue(records.contains("timeToTriage,medianSeconds,"
                + ReportCsv.text(json.getDouble("timeToTriage.medianSeconds"))));
        assertTrue(records.contains("timeToResolve,meanSeconds,"), "no resolution yet: an empty field");
        assertTrue(records.contains("handlingByCategory.MALWARE,supportRequested,1"));
        assertEquals(5400, json.getDouble("timeToTriage.medianSeconds"), 60);

        // JSON unless CSV is preferred; nothing else is offered
        Api.as(coordinator).accept("text/csv;q=0.5, application/json").queryParam("period", "2024").get(SUMMARY).then()
                .statusCode(200).contentType("application/json");
        Api.as(coordinator).accept("*/*").queryParam("period", "2024").get(SUMMARY).then()
                .statusCode(200).contentType("application/json");
        Api.as(coordinator).accept("application/xml").queryParam("period", "2024").get(SUMMARY).then()
                .statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void auditorsCoordinatorsAndAdminsOnly() {
        Map<String, String> query = Map.of("period", "2025-H1");
        for (String token : List.of(Tokens.auditor(), Tokens.coordinator(), Tokens.admin())) {
            Api.as(token).queryParams(query).get(SUMMARY).then().statusCode(200);
        }
        for (String token : List.of(Tokens.reporter(Fixtures.commune()), Tokens.responder("responder-report"),
                Tokens.provincial(), Tokens.token("nobody", List.of("guest"), null))) {
            Api.as(token).queryParams(query).get(SUMMARY).then().statusCode(403).contentType(Api.PROBLEM_JSON);
            Api.as(token).accept("text/csv").queryParams(query).get(SUMMARY).then().statusCode(403)
                    .contentType(Api.PROBLEM_JSON);
        }
        Api.anonymous().queryParams(query).get(SUMMARY).then().statusCode(401).contentType(Api.PROBLEM_JSON);
        Api.as(Tokens.expired()).queryParams(query).get(SUMMARY).then().statusCode(401);
    }

    @Test
    void badPeriodsAre400sNamingTheParameter() {
        String auditor = Tokens.auditor();
        List<Object[]> cases = List.of(
                new Object[] {Map.of(), "period"},
                new Object[] {Map.of("period", ""), "period"},
                new Object[] {Map.of("period", "2022-H3"), "period"},
                new Object[] {Map.of("period", "2022-Q1"), "period"},
                new Object[] {Map.of("period", "40"), "period"},
                new Object[] {Map.of("period", "2022", "from", "2022-01-01"), "from"},
                new Object[] {Map.of("period", "2022-H1", "to", "2022-03-31"), "to"},
                new Object[] {Map.of("from", "2022-01-01"), "to"},
                new Object[] {Map.of("to", "2022-01-01"), "from"},
                new Object[] {Map.of("from", "2022-02-30", "to", "2022-03-31"), "from"},
                new Object[] {Map.of("from", "2022-01-01", "to", "31/03/2022"), "to"},
                new Object[] {Map.of("from", "2022-01-01T00:00:00", "to", "2022-03-31"), "from"},
                new Object[] {Map.of("from", "2022-03-31", "to", "2022-01-01"), "to"},
                new Object[] {Map.of("from", "2022-01-01T10:00:00Z", "to", "2022-01-01T09:00:00Z"), "to"});
        for (Object[] bad : cases) {
            @SuppressWarnings("unchecked")
            Map<String, String> query = (Map<String, String>) bad[0];
            Api.as(auditor).queryParams(query).get(SUMMARY).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:validation"))
                    .body("errors[0].field", equalTo(bad[1]));
        }
        Api.as(auditor).accept("text/csv").queryParam("period", "2022-H3").get(SUMMARY).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("YYYY-H1"));
    }

    /**
     * The period filter is an index condition on reported_at (incident_reported_idx leads with it; on the
     * tiny test tables the planner may pick another index holding reported_at) and the per-incident lookups
     * use their indexes. The plan at 300k incidents is in deploy/bench/README.md.
     */
    @Test
    void theSummaryQueryUsesTheIndexes() throws SQLException {
        String sql = ReportService.SUMMARY_SQL.replace(":from", "'2019-01-01T00:00:00Z'::timestamptz")
                .replace(":to", "'2019-07-01T00:00:00Z'::timestamptz")
                .replace(":now", "'2019-09-01T00:00:00Z'::timestamptz");
        StringBuilder plan = new StringBuilder();
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the test tables are too small for the planner to prefer an index on its own
                statement.execute("SET LOCAL enable_seqscan = off");
                try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        assertTrue(plan.toString().matches("(?s).*Index Cond: \\(\\(reported_at >= .*AND \\(reported_at < .*"),
                plan.toString());
        assertFalse(plan.toString().contains("Seq Scan"), plan.toString());
        assertTrue(plan.toString().contains("escalation_incident_idx"), plan.toString());
        assertTrue(plan.toString().contains("incident_deadline_pkey"), plan.toString());
    }

    private static List<String> withoutGeneratedAt(String csv) {
        return ReportCsvTest.records(csv).stream().filter(record -> !record.startsWith("summary,generatedAt,")).toList();
    }
}
