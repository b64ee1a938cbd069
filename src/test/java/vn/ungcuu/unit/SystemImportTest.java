package vn.ungcuu.unit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** {@code POST /systems/import}: CSV or JSON, a dry run that writes nothing, all or nothing with every error named. */
@QuarkusTest
class SystemImportTest {

    private static final String IMPORT = "/api/v1/systems/import";

    @Inject
    DataSource dataSource;

    @Test
    void aDryRunSaysWhatWouldBeCreatedChangedOrRefusedAndWritesNothing() {
        String unit = Fixtures.commune();
        String existing = Fixtures.system(unit, 2);
        long audits = audits();
        String csv = "unitCode,name,securityLevel,owner,handlesAdministrativeProcedures,basicDataSubjects\r\n"
                + unit + ",Hệ thống cấp 2,3,UBND xã,true,120000\r\n"
                + unit + ",\"Cổng thông tin, xã\",1,UBND xã,false,0\r\n"
                + unit + ",Hệ thống lỗi,7,,maybe,\r\n";

        Api.as(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv).queryParam("dryRun", "true")
                .post(IMPORT).then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .body("changed", equalTo(1))
                .body("unchanged", equalTo(0))
                .body("refused", equalTo(1))
                .body("lines.line", equalTo(List.of(2, 3, 4)))
                .body("lines.action", equalTo(List.of("CHANGE", "CREATE", "REFUSE")))
                .body("lines[0].id", equalTo(existing))
                .body("lines[0].changedFields", equalTo(List.of("securityLevel", "owner",
                        "handlesAdministrativeProcedures", "basicDataSubjects")))
                .body("lines[1].name", equalTo("Cổng thông tin, xã"))
                .body("lines[1].id", nullValue())
                .body("lines[2].errors.field", equalTo(List.of("lines[4].handlesAdministrativeProcedures",
                        "lines[4].securityLevel")));

        assertEquals(1, systems(unit));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 2 and version = 0 and owner_name is null", existing));
        assertEquals(audits, audits());
    }

    @Test
    void anImportCreatesAndChangesWithAnAuditEntryEachAndAReImportChangesNothing() {
        String unit = Fixtures.commune();
        String existing = Fixtures.system(unit, 2);
        List<Map<String, Object>> body = List.of(
                Map.of("unitCode", unit, "name", "Hệ thống cấp 2", "securityLevel", 3,
                        "approvalStatus", "SUBMITTED"),
                Map.of("unitCode", unit, "name", "Hệ thống một cửa điện tử", "securityLevel", 3,
                        "handlesAdministrativeProcedures", true,
                        "checks", List.of(Map.of("kind", "BEFORE_USE", "date", "2026-09-01", "result", "PASSED"))));

        Response imported = Api.as(Tokens.admin()).body(body).post(IMPORT);
        imported.then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("lines.action", equalTo(List.of("CHANGE", "CREATE")))
                .body("lines[0].id", equalTo(existing));
        String created = imported.path("lines[1].id");
        assertEquals(2, systems(unit));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 3 and approval_status = 'SUBMITTED' and version = 1", existing));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system_check where system_id = ?::uuid",
                created));
        assertEquals(1, Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'"
                + " and entity_id = ? and action = 'UPDATE'", existing));
        assertEquals(1, Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'"
                + " and entity_id = ? and action = 'CREATE'", created));
        Api.as(Tokens.coordinator()).get("/api/v1/systems/" + created).then().statusCode(200)
                .body("approvalStatus", nullValue()).body("checks", hasSize(1));

        Api.as(Tokens.admin()).body(body).post(IMPORT).then().statusCode(200)
                .body("unchanged", equalTo(2))
                .body("lines.action", equalTo(List.of("UNCHANGED", "UNCHANGED")));
        assertEquals(2, systems(unit));
        assertEquals(1, Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'"
                + " and entity_id = ? and action = 'UPDATE'", existing));
    }

    @Test
    void oneBadLineRefusesTheWholeImportNamingEveryError() {
        String unit = Fixtures.commune();
        String existing = Fixtures.system(unit, 2);
        String unknownUnit = Fixtures.uniqueCode("NOPE");
        long audits = audits();
        String csv = "unitCode,name,securityLevel,sensitiveDataSubjects,approvalStatus\n"
                + unit + ",Hệ thống cấp 2,3,,APPROVED\n"
                + unit + ",Hệ thống mới,2,,\n"
                + unknownUnit + ",Hệ thống,2,,\n"
                + unit + ",,9,-5,REJECTED\n"
                + unit + ",Hệ thống mới,1,,\n"
                + unit + ",Thiếu cột,2\n";

        problem(Api.as(Tokens.admin()).contentType("text/csv").body(csv).post(IMPORT), 400, "validation")
                .body("detail", equalTo("4 of 6 lines are refused, so nothing was imported: 7 errors"))
                .body("errors.field", equalTo(List.of(
                        "lines[4].unitCode",
                        "lines[5].approvalStatus",
                        "lines[5].name",
                        "lines[5].securityLevel",
                        "lines[5].sensitiveDataSubjects",
                        "lines[6].name",
                        "lines[7].line")))
                .body("errors[5].message", equalTo("names the same system as line 3"));
        assertEquals(1, systems(unit));
        assertEquals(0, systems(unknownUnit));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 2 and version = 0", existing));
        assertEquals(audits, audits());
    }

    @Test
    void everyBeanValidationErrorOfALineIsNamed() {
        String unit = Fixtures.commune();
        List<Map<String, Object>> body = List.of(
                Map.of("unitCode", unit, "name", "Đúng", "securityLevel", 2),
                Map.of("unitCode", unit, "name", "", "securityLevel", 0, "basicDataSubjects", -1),
                Map.of("unitCode", unit, "name", "Sai kiểu", "securityLevel", "3"),
                Map.of("unitCode", unit, "name", "Lạ", "securityLevel", 2, "colour", "xanh"));
        problem(Api.as(Tokens.admin()).body(body).post(IMPORT), 400, "validation")
                .body("errors.field", equalTo(List.of("lines[2].basicDataSubjects", "lines[2].name",
                        "lines[2].securityLevel", "lines[3].securityLevel", "lines[4].colour")));
        assertEquals(0, systems(unit));
    }

    @Test
    void aBodyThatIsNotAnArrayOrHasAnUnknownColumnIs400() {
        problem(Api.as(Tokens.admin()).body(Map.of("unitCode", "XA-1")).post(IMPORT), 400, "malformed-request");
        problem(Api.as(Tokens.admin()).body("[]").post(IMPORT), 400, "validation")
                .body("errors.field", equalTo(List.of("body")));
        problem(Api.as(Tokens.admin()).contentType("text/csv").body("unitCode,name,level\nXA-1,x,2\n").post(IMPORT),
                400, "validation").body("errors.field", equalTo(List.of("header")));
        problem(Api.as(Tokens.admin()).body("[]").queryParam("dryRun", "yes").post(IMPORT), 400, "validation")
                .body("errors.field", equalTo(List.of("dryRun")));
    }

    @Test
    void onlyAnAdministratorImports() {
        String unit = Fixtures.commune();
        for (String token : List.of(Tokens.coordinator(), Tokens.reporter(unit), Tokens.auditor())) {
            problem(Api.as(token).body(List.of(Map.of("unitCode", unit, "name", "Hệ thống", "securityLevel", 2)))
                    .post(IMPORT), 403, "forbidden");
        }
        assertEquals(0, systems(unit));
    }

    private long systems(String unit) {
        return Sql.count(dataSource, "select count(*) from information_system where unit_code = ?", unit);
    }

    private long audits() {
        return Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'");
    }
}
