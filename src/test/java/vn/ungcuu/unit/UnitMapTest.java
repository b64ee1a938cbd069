package vn.ungcuu.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Pages;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/**
 * The province's map (issue 17, items 1-3): unit types and validity, successions (merge and split) and what they
 * do to incidents, their lists, their readers and the summary report, and the bulk import of units. Every unit is
 * a fresh code, so the counts below are of this test's incidents only.
 */
@QuarkusTest
class UnitMapTest {

    private static final String UNITS = "/api/v1/units";
    private static final String INCIDENTS = "/api/v1/incidents";
    private static final String MERGED_ON = "2025-07-01";

    @Inject
    DataSource db;

    private static void succeed(String predecessor, String successor, String on) {
        Api.as(Tokens.admin()).body(Map.of("successorCode", successor, "effectiveAt", on,
                        "note", "Sắp xếp đơn vị hành chính cấp xã năm 2025"))
                .post(UNITS + "/" + predecessor + "/succession").then().statusCode(200)
                .body("code", equalTo(predecessor)).body("validTo", equalTo(on))
                .body("successorCodes", hasItem(successor));
    }

    private static Set<String> listed(String token, Map<String, String> query) {
        return Set.copyOf(Pages.walk(token, INCIDENTS, query, "items.id"));
    }

    private static Map<String, Object> report(String unitMap) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, String> query = new HashMap<>(Map.of("from", today.minusDays(1).toString(),
                "to", today.plusDays(1).toString()));
        if (unitMap != null) {
            query.put("unitMap", unitMap);
        }
        return Api.as(Tokens.auditor()).queryParams(query).get("/api/v1/reports/summary").then().statusCode(200)
                .extract().path("byUnit");
    }

    // ---------------------------------------------------------------------------------------- merge

    @Test
    void aMergeOfThreeCommunesKeepsTheirIncidentsListsThemUnderTheSuccessorAndCountsThemBothWays() {
        Reporter a = Reporter.ofNewCommune();
        Reporter b = Reporter.ofNewCommune();
        Reporter c = Reporter.ofNewCommune();
        Reporter successor = Reporter.ofNewCommune();
        Reporter unrelated = Reporter.ofNewCommune();
        String a1 = Fixtures.incidentFiledBy(a.token());
        String a2 = Fixtures.incidentFiledBy(a.token());
        String b1 = Fixtures.incidentFiledBy(b.token());
        String c1 = Fixtures.incidentFiledBy(c.token());
        String own = Fixtures.incidentFiledBy(successor.token());

        // read once before: the service keeps today's map a few seconds, and a succession recorded must show at once
        Api.as(Tokens.coordinator()).get(INCIDENTS + "/" + a1).then().statusCode(200)
                .body("currentUnitCode", equalTo(a.unitCode()));
        for (Reporter predecessor : List.of(a, b, c)) {
            succeed(predecessor.unitCode(), successor.unitCode(), MERGED_ON);
        }
        Api.as(Tokens.coordinator()).get(UNITS + "/" + successor.unitCode()).then().statusCode(200)
                .body("predecessorCodes", equalTo(List.of(a.unitCode(), b.unitCode(), c.unitCode()).stream().sorted()
                        .toList()))
                .body("validTo", nullValue());

        // every incident keeps the unit it was filed under, and names today's unit
        String coordinator = Tokens.coordinator();
        Map<String, String> filedUnder = Map.of(a1, a.unitCode(), a2, a.unitCode(), b1, b.unitCode(),
                c1, c.unitCode(), own, successor.unitCode());
        filedUnder.forEach((id, unit) -> Api.as(coordinator).get(INCIDENTS + "/" + id).then().statusCode(200)
                .body("unitCode", equalTo(unit)).body("currentUnitCode", equalTo(successor.unitCode())));

        // listed under the successor with its predecessors, and only its own without them
        assertEquals(filedUnder.keySet(), listed(coordinator, Map.of("unitCode", successor.unitCode(),
                "includePredecessors", "true")));
        assertEquals(Set.of(own), listed(coordinator, Map.of("unitCode", successor.unitCode())));
        assertEquals(Set.of(a1, a2), listed(coordinator, Map.of("unitCode", a.unitCode(),
                "includePredecessors", "true")));

        // the successor's reporter reads them all; an unrelated unit's reporter none of them
        for (String id : filedUnder.keySet()) {
            Api.as(successor.token()).get(INCIDENTS + "/" + id).then().statusCode(200);
            problem(Api.as(unrelated.token()).get(INCIDENTS + "/" + id), 404, "not-found");
        }
        assertEquals(filedUnder.keySet(), listed(successor.token(), Map.of()));
        assertTrue(listed(unrelated.token(), Map.of()).stream().noneMatch(filedUnder::containsKey));
        // a predecessor's reporter keeps its own history, not the successor's
        Api.as(a.token()).get(INCIDENTS + "/" + a1).then().statusCode(200);
        problem(Api.as(a.token()).get(INCIDENTS + "/" + own), 404, "not-found");
        assertEquals(Set.of(a1, a2), listed(a.token(), Map.of()));

        // the summary counts them as filed, or under today's unit
        Map<String, Object> filed = report(null);
        assertEquals(2, filed.get(a.unitCode()));
        assertEquals(1, filed.get(b.unitCode()));
        assertEquals(1, filed.get(c.unitCode()));
        assertEquals(1, filed.get(successor.unitCode()));
        assertEquals(filed, report("filed"));
        Map<String, Object> current = report("current");
        assertEquals(5, current.get(successor.unitCode()));
        assertFalse(current.containsKey(a.unitCode()) || current.containsKey(b.unitCode())
                || current.containsKey(c.unitCode()));
        problem(Api.as(Tokens.auditor()).queryParam("period", "2026").queryParam("unitMap", "today")
                .get("/api/v1/reports/summary"), 400, "validation").body("errors[0].field", equalTo("unitMap"));

        // audited on both sides, and published
        assertEquals(1, AuditEntries.count(db, "UNIT", a.unitCode(), "SUCCEEDED"));
        assertEquals(3, AuditEntries.count(db, "UNIT", successor.unitCode(), "SUCCEEDS"));
        assertEquals(1, Sql.count(db, "select count(*) from outbox_event where type = 'unit.succession'"
                + " and body::jsonb -> 'data' ->> 'predecessorCode' = ? and body::jsonb -> 'data' ->> 'successorCode' = ?",
                a.unitCode(), successor.unitCode()));
    }

    @Test
    void anEndedUnitFilesNothingNewAndNamesItsSuccessor() {
        Reporter old = Reporter.ofNewCommune();
        String successor = Fixtures.commune();
        succeed(old.unitCode(), successor, MERGED_ON);
        long before = Sql.count(db, "select count(*) from incident where unit_code = ?", old.unitCode());

        problem(Api.as(old.token()).body(Fixtures.incidentBody("Máy chủ nhiễm mã độc")).post(INCIDENTS), 409,
                "conflict")
                .body("detail", containsString("ended on " + MERGED_ON))
                .body("detail", containsString(successor))
                .body("successorCodes", contains(successor));
        Map<String, Object> asCoordinator = new HashMap<>(Fixtures.incidentBody("Máy chủ nhiễm mã độc"));
        asCoordinator.put("unitCode", old.unitCode());
        problem(Api.as(Tokens.coordinator()).body(asCoordinator).post(INCIDENTS), 409, "conflict");
        assertEquals(before, Sql.count(db, "select count(*) from incident where unit_code = ?", old.unitCode()));
        // the successor files
        Fixtures.incidentFiledBy(Tokens.reporter(successor));

        // a unit not in force yet files nothing either
        String future = Fixtures.uniqueCode("XA");
        Api.as(Tokens.admin()).body(Map.of("code", future, "name", "UBND xã " + future, "type", "WARD",
                "validFrom", "2099-01-01")).post(UNITS).then().statusCode(201).body("type", equalTo("WARD"))
                .body("validFrom", equalTo("2099-01-01"));
        problem(Api.as(Tokens.reporter(future)).body(Fixtures.incidentBody("Sự cố thử")).post(INCIDENTS), 409,
                "conflict").body("detail", containsString("2099-01-01"));
    }

    @Test
    void aSplitHandsTheHistoryToEverySuccessorAndKeepsTheUnitItsOwnCurrentUnit() {
        Reporter split = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(split.token());
        Reporter east = Reporter.ofNewCommune();
        Reporter west = Reporter.ofNewCommune();
        succeed(split.unitCode(), east.unitCode(), MERGED_ON);
        succeed(split.unitCode(), west.unitCode(), MERGED_ON);

        Api.as(Tokens.coordinator()).get(INCIDENTS + "/" + incident).then()
                .body("unitCode", equalTo(split.unitCode())).body("currentUnitCode", equalTo(split.unitCode()));
        Api.as(east.token()).get(INCIDENTS + "/" + incident).then().statusCode(200);
        Api.as(west.token()).get(INCIDENTS + "/" + incident).then().statusCode(200);
        assertEquals(Set.of(incident), listed(Tokens.coordinator(), Map.of("unitCode", west.unitCode(),
                "includePredecessors", "true")));
        // every successor takes over on the same day
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", Fixtures.commune(), "effectiveAt", "2025-08-01"))
                .post(UNITS + "/" + split.unitCode() + "/succession"), 409, "conflict");
    }

    @Test
    void aSuccessionIsChecked() {
        String a = Fixtures.commune();
        String b = Fixtures.commune();
        String path = UNITS + "/" + a + "/succession";
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", Fixtures.uniqueCode("XA"), "effectiveAt",
                MERGED_ON)).post(path), 400, "validation").body("errors[0].field", equalTo("successorCode"));
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", a, "effectiveAt", MERGED_ON)).post(path), 400,
                "validation");
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", b)).post(path), 400, "validation")
                .body("errors[0].field", equalTo("effectiveAt"));
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", b, "effectiveAt", MERGED_ON))
                .post(UNITS + "/" + Fixtures.uniqueCode("XA") + "/succession"), 404, "not-found");
        succeed(a, b, MERGED_ON);
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", b, "effectiveAt", MERGED_ON)).post(path), 409,
                "already-exists");
        // back again would be a circle
        problem(Api.as(Tokens.admin()).body(Map.of("successorCode", a, "effectiveAt", "2026-01-01"))
                .post(UNITS + "/" + b + "/succession"), 400, "validation");
        // the predecessor's end stays the successions' day
        Map<String, Object> moved = new HashMap<>(Map.of("name", "UBND xã " + a, "type", "COMMUNE",
                "validTo", "2026-01-01"));
        problem(Api.as(Tokens.admin()).body(moved).put(UNITS + "/" + a), 409, "conflict");
        moved.remove("validTo");
        Api.as(Tokens.admin()).body(moved).put(UNITS + "/" + a).then().statusCode(200)
                .body("validTo", equalTo(MERGED_ON));
        // and the successor still exists on that day: a later validFrom would leave a gap nobody could file in
        Map<String, Object> late = new HashMap<>(Map.of("name", "UBND xã " + b, "type", "COMMUNE",
                "validFrom", "2025-08-01"));
        problem(Api.as(Tokens.admin()).body(late).put(UNITS + "/" + b), 409, "conflict")
                .body("detail", containsString(a));
        late.put("validFrom", MERGED_ON);
        Api.as(Tokens.admin()).body(late).put(UNITS + "/" + b).then().statusCode(200)
                .body("validFrom", equalTo(MERGED_ON));
        problem(Api.as(Tokens.admin()).body(Map.of("code", Fixtures.uniqueCode("XA"), "name", "UBND xã thử",
                "type", "COMMUNE", "validFrom", "2025-07-01", "validTo", "2025-07-01")).post(UNITS), 400, "validation")
                .body("errors[0].field", equalTo("validTo"));
        problem(Api.as(Tokens.coordinator()).queryParam("includePredecessors", "true").get(INCIDENTS), 400,
                "validation").body("errors[0].field", equalTo("includePredecessors"));
    }

    // ---------------------------------------------------------------------------------------- import

    private static Response importCsv(String csv, boolean dryRun) {
        return Api.as(Tokens.admin()).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(UNITS + "/import");
    }

    @Test
    void aDryRunAnswersLineByLineAndWritesNothing() {
        String existing = Fixtures.commune();
        String province = Fixtures.uniqueCode("TINH");
        String commune = Fixtures.uniqueCode("XA");
        List<Map<String, Object>> rows = List.of(
                Map.of("code", commune, "name", "UBND xã " + commune, "type", "COMMUNE", "parentCode", province,
                        "validFrom", MERGED_ON),
                Map.of("code", province, "name", "UBND tỉnh thử", "type", "PROVINCE"),
                Map.of("code", existing, "name", "UBND xã " + existing, "type", "COMMUNE", "validTo", MERGED_ON,
                        "successorCodes", List.of(commune)));
        Response answer = Api.as(Tokens.admin()).queryParam("dryRun", true).body(rows).post(UNITS + "/import");
        answer.then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2)).body("changed", equalTo(1))
                .body("refused", equalTo(0)).body("successions", equalTo(1))
                .body("lines.outcome", equalTo(List.of("CREATE", "CREATE", "UPDATE")))
                .body("lines.line", equalTo(List.of(1, 2, 3)))
                .body("lines[2].changes", equalTo(List.of("validTo")))
                .body("lines[2].successions", equalTo(List.of(commune)));
        assertEquals(0, Units.rows(db, commune) + Units.rows(db, province));
        assertEquals(0, Sql.count(db, "select count(*) from unit_succession where predecessor_code = ?", existing));
        assertEquals(0, Sql.count(db, "select count(*) from unit where code = ? and valid_to is not null", existing));
        assertTrue(Sql.count(db, "select count(*) from audit_entry where entity_id in (?, ?, ?)", commune, province,
                existing) == 1, "only the existing commune's CREATE");

        // the same rows for real: all of it, successions included
        Api.as(Tokens.admin()).body(rows).post(UNITS + "/import").then().statusCode(200)
                .body("dryRun", equalTo(false)).body("created", equalTo(2)).body("changed", equalTo(1));
        Api.as(Tokens.admin()).get(UNITS + "/" + existing).then().body("validTo", equalTo(MERGED_ON))
                .body("successorCodes", equalTo(List.of(commune)));
        Api.as(Tokens.admin()).get(UNITS + "/" + commune).then().body("parentCode", equalTo(province))
                .body("type", equalTo("COMMUNE")).body("predecessorCodes", equalTo(List.of(existing)));
        assertEquals(1, AuditEntries.count(db, "UNIT", province, "CREATE"));
        assertEquals(1, AuditEntries.count(db, "UNIT", existing, "SUCCEEDED"));
        // again: nothing to do
        Api.as(Tokens.admin()).body(rows).post(UNITS + "/import").then().statusCode(200)
                .body("unchanged", equalTo(3)).body("successions", equalTo(0));
    }

    @Test
    void aBadLineRefusesTheWholeImportNamingEveryError() {
        String good = Fixtures.uniqueCode("XA");
        String alsoGood = Fixtures.uniqueCode("XA");
        String csv = "code,name,type,parentCode,validFrom,validTo,successorCodes\n"
                + good + ",UBND xã tốt,COMMUNE,,,,\n"
                + Fixtures.uniqueCode("XA") + ",UBND huyện,COUNTY,,,,\n"
                + Fixtures.uniqueCode("XA") + ",\"UBND xã, thiếu cha\"," + "COMMUNE," + Fixtures.uniqueCode("H")
                + ",2025-13-01,,\n"
                + alsoGood + ",UBND xã kế tiếp,WARD,,,," + good + "\n"
                + good + ",UBND xã lặp,COMMUNE,,,,\n";
        problem(importCsv(csv, false), 400, "validation")
                .body("errors.field", equalTo(List.of("lines[3].type", "lines[4].validFrom", "lines[4].parentCode",
                        "lines[5].validTo", "lines[6].code")));
        assertEquals(0, Units.rows(db, good) + Units.rows(db, alsoGood));

        importCsv(csv, true).then().statusCode(200)
                .body("refused", equalTo(4)).body("created", equalTo(1))
                .body("lines.outcome", equalTo(List.of("CREATE", "REFUSED", "REFUSED", "REFUSED", "REFUSED")))
                .body("lines[2].errors.field", equalTo(List.of("validFrom", "parentCode")));
        assertEquals(0, Units.rows(db, good));

        problem(importCsv("code,name,kind\nXA-A,UBND,COMMUNE\n", false), 400, "validation")
                .body("errors[0].field", equalTo("header.kind"));
        problem(Api.as(Tokens.admin()).body(Map.of("code", good)).post(UNITS + "/import"), 400, "validation");
    }

    @Test
    void theNgocLacExampleImportsCleanly() throws IOException {
        String csv = Files.readString(Path.of("deploy/examples/ngoc-lac-2025.csv"), StandardCharsets.UTF_8);
        importCsv(csv, true).then().statusCode(200).body("refused", equalTo(0));
        importCsv(csv, false).then().statusCode(200).body("refused", equalTo(0))
                .body("lines.size()", equalTo(29));
        Api.as(Tokens.admin()).get(UNITS + "/XA-NGOCLAC").then().statusCode(200)
                .body("type", equalTo("COMMUNE")).body("parentCode", equalTo("TINH-THANHHOA"))
                .body("validFrom", equalTo(MERGED_ON))
                .body("predecessorCodes", equalTo(List.of("TT-NGOCLAC", "XA-MYTAN", "XA-NGOCKHE", "XA-THUYSON")));
        Api.as(Tokens.admin()).get(UNITS + "/TT-NGOCLAC").then().body("type", equalTo("TOWN"))
                .body("validTo", equalTo(MERGED_ON)).body("successorCodes", equalTo(List.of("XA-NGOCLAC")));
        Api.as(Tokens.admin()).get(UNITS + "/HUYEN-NGOCLAC").then().body("type", equalTo("DISTRICT"));
        assertEquals(22, Sql.count(db, "select count(*) from unit_succession where effective_at = date '2025-07-01'"
                + " and (predecessor_code = 'HUYEN-NGOCLAC' or successor_code in ('XA-NGOCLAC', 'XA-THACHLAP',"
                + " 'XA-NGOCLIEN', 'XA-MINHSON', 'XA-NGUYETAN', 'XA-KIENTHO'))"));
        problem(Api.as(Tokens.reporter("XA-MYTAN")).body(Fixtures.incidentBody("Sự cố thử")).post(INCIDENTS), 409,
                "conflict").body("successorCodes", contains("XA-NGOCLAC"));
        importCsv(csv, false).then().statusCode(200).body("unchanged", equalTo(29));
    }

    /** The unit table's rows of a code. */
    private static final class Units {
        static long rows(DataSource db, String code) {
            return vn.ungcuu.support.Units.unitRows(db, code);
        }
    }
}
