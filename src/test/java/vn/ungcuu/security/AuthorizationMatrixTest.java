package vn.ungcuu.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.ADMIN;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.ANONYMOUS;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.ASSIGNED_RESPONDER;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.AUDITOR;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.COORDINATOR;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.OTHER_REPORTER;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.OTHER_RESPONDER;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.OWN_REPORTER;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.PROVINCIAL;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.PROVINCIAL_NOT_ESCALATED;
import static vn.ungcuu.security.AuthorizationMatrixTest.Caller.TASK_ASSIGNEE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.OpenApiContract;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * The authorisation matrix (OWASP API1 object level, API5 function level): every operation of the committed
 * contract, {@code openapi/openapi.yaml}, called by every kind of caller, each answer checked against {@link #RULES}.
 * An operation of the document without a rule, or a rule naming no operation of the document, fails the build.
 *
 * <p>Expected answers: {@link Caller#ANONYMOUS} 401; an allowed caller 2xx; a caller listed as hidden 404 (the
 * object does not exist for it: another unit's reporter, a responder the incident is not assigned to); every
 * other caller 403. All of them as {@code application/problem+json}, none of them 5xx. Every response is also
 * validated against the contract by {@link OpenApiContract}. For lists scoped to the caller, {@link #LISTINGS}
 * says which callers must not find the fixture's object in the list (and that the others do).
 *
 * <p>The objects: a commune (the "own" unit) with a level-4 system and a serious incident its reporter filed,
 * assigned to a responder, assessed, triaged and escalated (so the provincial team may read it), with a task
 * assigned to someone else (the "task assignee", a responder who cannot read the incident), an attachment, a
 * public comment, an internal note and an official report; the same again for an incident that was only
 * triaged, never escalated (what {@link Caller#PROVINCIAL_NOT_ESCALATED} is shown: it must not exist for the
 * provincial team); plus another commune (whose reporter is the "other reporter") and a playbook. Operations
 * that move an object on (escalation steps, transitions) get a fresh escalated incident for each caller allowed
 * to make them; refused callers are sent against the shared objects, which they must leave as they are.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who calls. Each authenticated caller holds exactly one role. */
    enum Caller {
        ANONYMOUS("anon", null, "no Authorization header"),
        OWN_REPORTER("rep:own", Roles.REPORTER, "reporter of the incident's unit"),
        OTHER_REPORTER("rep:oth", Roles.REPORTER, "reporter of another unit"),
        COORDINATOR("coord", Roles.COORDINATOR, "coordinator"),
        ASSIGNED_RESPONDER("resp:asg", Roles.RESPONDER, "responder the incident is assigned to"),
        OTHER_RESPONDER("resp:oth", Roles.RESPONDER, "responder the incident is not assigned to"),
        TASK_ASSIGNEE("task:asg", Roles.RESPONDER, "responder assigned the incident's task, not the incident"),
        PROVINCIAL("prov:esc", Roles.PROVINCIAL, "provincial team, the incident escalated"),
        PROVINCIAL_NOT_ESCALATED("prov:not", Roles.PROVINCIAL,
                "provincial team, an incident never escalated (TRIAGED, with the same objects)"),
        AUDITOR("audit", Roles.AUDITOR, "auditor"),
        ADMIN("admin", Roles.ADMIN, "administrator");

        final String label;
        final String role;
        final String meaning;

        Caller(String label, String role, String meaning) {
            this.label = label;
            this.role = role;
            this.meaning = meaning;
        }
    }

    private static final Caller[] EVERY_ROLE = {OWN_REPORTER, OTHER_REPORTER, COORDINATOR, ASSIGNED_RESPONDER,
        OTHER_RESPONDER, TASK_ASSIGNEE, PROVINCIAL, PROVINCIAL_NOT_ESCALATED, AUDITOR, ADMIN};
    /** Public: no token needed (the web app's client configuration). Only where the whole world may read it. */
    private static final Caller[] ANYONE = Caller.values();
    /** Every role but the reporter: the staff of the province. */
    private static final Caller[] STAFF = {COORDINATOR, ASSIGNED_RESPONDER, OTHER_RESPONDER, TASK_ASSIGNEE, PROVINCIAL,
        PROVINCIAL_NOT_ESCALATED, AUDITOR, ADMIN};
    /** The provincial team, whichever incident it is shown. */
    private static final Caller[] PROVINCIAL_TEAM = {PROVINCIAL, PROVINCIAL_NOT_ESCALATED};
    /** Who may read the incident. */
    private static final Caller[] INCIDENT_READERS = {OWN_REPORTER, COORDINATOR, ASSIGNED_RESPONDER, PROVINCIAL,
        AUDITOR, ADMIN};
    /** For whom the incident does not exist: 404 (never 403) wherever their role gets past @RolesAllowed. */
    private static final Caller[] INCIDENT_STRANGERS = {OTHER_REPORTER, OTHER_RESPONDER, TASK_ASSIGNEE,
        PROVINCIAL_NOT_ESCALATED};
    /** The strangers whose role the editing operations accept (reporters, responders); the provincial gets 403. */
    private static final Caller[] EDITING_STRANGERS = {OTHER_REPORTER, OTHER_RESPONDER, TASK_ASSIGNEE};
    /** A seeded authority the matrix reads and replaces (with its own values). */
    private static final String RESPONSE_TEAM = "RESPONSE-TEAM";

    // ---------------------------------------------------------------------------------------------------------
    // The declared table: who may call what. Not listed: 403 (404 when listed as hidden); anonymous: 401.
    // ---------------------------------------------------------------------------------------------------------
    private static final List<Rule> RULES = List.of(
            rule("GET", "/api/v1/audit", allow(AUDITOR, ADMIN)),
            rule("GET", "/api/v1/audit/verify", allow(AUDITOR, ADMIN)),

            rule("GET", "/api/v1/authorities", allow(EVERY_ROLE)),

            rule("GET", "/api/v1/client-config", allow(ANYONE)),
            rule("GET", "/api/v1/authorities/{code}", allow(EVERY_ROLE)),
            rule("POST", "/api/v1/authorities", allow(ADMIN)),
            rule("PUT", "/api/v1/authorities/{code}", allow(ADMIN)),

            rule("GET", "/api/v1/escalations", allow(plus(PROVINCIAL_TEAM, COORDINATOR, AUDITOR, ADMIN))),
            rule("GET", "/api/v1/escalations/{id}", allow(plus(PROVINCIAL_TEAM, COORDINATOR, AUDITOR, ADMIN))),
            rule("GET", "/api/v1/escalations/{id}/deliveries", allow(plus(PROVINCIAL_TEAM, COORDINATOR, AUDITOR,
                    ADMIN))),
            rule("POST", "/api/v1/escalations/{id}/acknowledge", allow(PROVINCIAL_TEAM)),
            rule("POST", "/api/v1/escalations/{id}/updates", allow(PROVINCIAL_TEAM)),
            rule("POST", "/api/v1/escalations/{id}/complete", allow(PROVINCIAL_TEAM)),
            rule("POST", "/api/v1/escalations/{id}/return", allow(PROVINCIAL_TEAM)),

            rule("GET", "/api/v1/events", allow(plus(PROVINCIAL_TEAM, ADMIN))),

            // scoped: see LISTINGS
            rule("GET", "/api/v1/incidents", allow(EVERY_ROLE)),
            // scoped like the list: IncidentExportTest
            rule("GET", "/api/v1/incidents/count", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/incidents/export", allow(EVERY_ROLE)),
            // another unit's reporter names the incident's unit in the body: 403, reporters file for their own unit
            rule("POST", "/api/v1/incidents", allow(OWN_REPORTER, COORDINATOR)),
            rule("GET", "/api/v1/incidents/{id}", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("PATCH", "/api/v1/incidents/{id}", allow(OWN_REPORTER, COORDINATOR, ASSIGNED_RESPONDER),
                    hidden(EDITING_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/history", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/export", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/export/stix", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/export/iodef", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/assessment", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            // @RolesAllowed(coordinator) answers before the incident is looked up: 403 even for strangers
            rule("PUT", "/api/v1/incidents/{id}/assessment", allow(COORDINATOR)),
            rule("PUT", "/api/v1/incidents/{id}/regime", allow(COORDINATOR)),
            rule("GET", "/api/v1/incidents/{id}/transitions", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            // the assigned responder may START and RESOLVE; reporters are refused by role (403), strange responders 404
            rule("POST", "/api/v1/incidents/{id}/transitions", allow(COORDINATOR, ASSIGNED_RESPONDER),
                    hidden(OTHER_RESPONDER, TASK_ASSIGNEE)),

            rule("GET", "/api/v1/incidents/{id}/attachments", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("POST", "/api/v1/incidents/{id}/attachments", allow(OWN_REPORTER, COORDINATOR, ASSIGNED_RESPONDER),
                    hidden(EDITING_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/attachments/{attachmentId}", allow(INCIDENT_READERS),
                    hidden(INCIDENT_STRANGERS)),

            // internal notes: see LISTINGS
            rule("GET", "/api/v1/incidents/{id}/comments", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("POST", "/api/v1/incidents/{id}/comments", allow(OWN_REPORTER, COORDINATOR, ASSIGNED_RESPONDER,
                    PROVINCIAL), hidden(INCIDENT_STRANGERS)),

            rule("GET", "/api/v1/incidents/{id}/reports", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            // the unit sends its reports: its reporter and coordinators record them; responders and the provincial
            // team are refused by role (403), another unit's reporter does not see the incident (404)
            rule("POST", "/api/v1/incidents/{id}/reports", allow(OWN_REPORTER, COORDINATOR), hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/incidents/{id}/reports/{reportId}", allow(INCIDENT_READERS),
                    hidden(INCIDENT_STRANGERS)),
            rule("GET", "/api/v1/incidents/{id}/reports/{reportId}/document", allow(INCIDENT_READERS),
                    hidden(INCIDENT_STRANGERS)),

            rule("GET", "/api/v1/incidents/{id}/tasks", allow(INCIDENT_READERS), hidden(INCIDENT_STRANGERS)),
            rule("POST", "/api/v1/incidents/{id}/tasks", allow(COORDINATOR, ASSIGNED_RESPONDER),
                    hidden(INCIDENT_STRANGERS)),
            // a task's assignee reads it and changes its status and note even without reading the incident
            rule("GET", "/api/v1/incidents/{id}/tasks/{taskId}", allow(plus(INCIDENT_READERS, TASK_ASSIGNEE)),
                    hidden(OTHER_REPORTER, OTHER_RESPONDER, PROVINCIAL_NOT_ESCALATED)),
            rule("PATCH", "/api/v1/incidents/{id}/tasks/{taskId}", allow(COORDINATOR, ASSIGNED_RESPONDER,
                    TASK_ASSIGNEE), hidden(OTHER_REPORTER, OTHER_RESPONDER, PROVINCIAL_NOT_ESCALATED)),

            rule("GET", "/api/v1/people", allow(STAFF)),
            // every signed-in caller, for themselves
            rule("GET", "/api/v1/people/me/notifications", allow(EVERY_ROLE)),
            rule("PUT", "/api/v1/people/me/notifications", allow(EVERY_ROLE)),

            rule("GET", "/api/v1/playbooks", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/playbooks/{id}", allow(EVERY_ROLE)),
            rule("POST", "/api/v1/playbooks", allow(ADMIN, COORDINATOR)),
            rule("PUT", "/api/v1/playbooks/{id}", allow(ADMIN, COORDINATOR)),

            // a unit's reporter records and reads its own unit's registers (another unit's: 403 to record, 404 to read)
            rule("POST", "/api/v1/preparedness", allow(OWN_REPORTER, COORDINATOR, ADMIN)),
            rule("GET", "/api/v1/preparedness", allow(OWN_REPORTER, OTHER_REPORTER, COORDINATOR, AUDITOR, ADMIN)),
            rule("GET", "/api/v1/preparedness/{id}", allow(OWN_REPORTER, COORDINATOR, AUDITOR, ADMIN),
                    hidden(OTHER_REPORTER)),
            rule("POST", "/api/v1/preparedness/{id}/attachments", allow(OWN_REPORTER, COORDINATOR, ADMIN),
                    hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/preparedness/{id}/attachments", allow(OWN_REPORTER, COORDINATOR, AUDITOR, ADMIN),
                    hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/preparedness/{id}/attachments/{attachmentId}", allow(OWN_REPORTER, COORDINATOR,
                    AUDITOR, ADMIN), hidden(OTHER_REPORTER)),

            rule("GET", "/api/v1/reports/summary", allow(AUDITOR, COORDINATOR, ADMIN)),
            rule("GET", "/api/v1/reports/summary/export", allow(AUDITOR, COORDINATOR, ADMIN)),
            rule("GET", "/api/v1/reports/systems", allow(AUDITOR, COORDINATOR, ADMIN)),
            rule("GET", "/api/v1/reports/systems/export", allow(AUDITOR, COORDINATOR, ADMIN)),
            rule("GET", "/api/v1/severity/criteria", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/regimes", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/regimes/{id}", allow(EVERY_ROLE)),

            // a reporter's registry is its own unit only
            rule("GET", "/api/v1/systems", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/systems/{id}", allow(all(but(OTHER_REPORTER))), hidden(OTHER_REPORTER)),
            rule("POST", "/api/v1/systems", allow(ADMIN, COORDINATOR)),
            rule("PUT", "/api/v1/systems/{id}", allow(ADMIN, COORDINATOR)),
            // a dry run: allowed, it writes nothing; refused, it could not have either
            rule("POST", "/api/v1/systems/import", allow(ADMIN)),

            rule("GET", "/api/v1/units", allow(EVERY_ROLE)),
            rule("GET", "/api/v1/units/{code}", allow(all(but(OTHER_REPORTER))), hidden(OTHER_REPORTER)),
            rule("POST", "/api/v1/units", allow(ADMIN)),
            rule("PUT", "/api/v1/units/{code}", allow(ADMIN)),

            // the focal-point register: read like the unit; declarations recorded by its reporter or the province
            rule("GET", "/api/v1/units/{code}/contacts", allow(all(but(OTHER_REPORTER))), hidden(OTHER_REPORTER)),
            rule("PUT", "/api/v1/units/{code}/contacts/{role}", allow(ADMIN)),
            rule("GET", "/api/v1/units/{code}/contacts/history", allow(all(but(OTHER_REPORTER))),
                    hidden(OTHER_REPORTER)),
            rule("POST", "/api/v1/units/{code}/declarations", allow(OWN_REPORTER, COORDINATOR, ADMIN),
                    hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/units/{code}/declarations", allow(all(but(OTHER_REPORTER))), hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/units/{code}/declarations/{declarationId}", allow(all(but(OTHER_REPORTER))),
                    hidden(OTHER_REPORTER)),
            rule("GET", "/api/v1/unit-obligations", allow(OWN_REPORTER, OTHER_REPORTER, COORDINATOR, AUDITOR, ADMIN)),
            rule("POST", "/api/v1/units/import", allow(ADMIN)),
            rule("POST", "/api/v1/units/{code}/succession", allow(ADMIN)));

    // ---------------------------------------------------------------------------------------------------------
    // Scoped lists: who must not find the fixture's object in the answer (the other allowed callers must).
    // ---------------------------------------------------------------------------------------------------------
    private static final List<Listing> LISTINGS = List.of(
            listing("GET /api/v1/incidents", "items.id", World::incident, true, INCIDENT_STRANGERS),
            listing("GET /api/v1/systems", "items.id", World::system, true, OTHER_REPORTER),
            listing("GET /api/v1/unit-obligations", "items.unitCode", World::unit, false, OTHER_REPORTER),
            listing("GET /api/v1/preparedness", "items.id", w -> AuthorizationMatrixTest.preparednessRecord, true, OTHER_REPORTER),
            // not narrowed to the fixture's unit, so only the absence is checked
            listing("GET /api/v1/units", "items.code", World::unit, false, OTHER_REPORTER),
            // internal notes are for staff: never shown to reporters, in the comments or in the history
            listing("GET /api/v1/incidents/{id}/comments", "items.id", World::internalNote, true, OWN_REPORTER),
            listing("GET /api/v1/incidents/{id}/history", "items.action", w -> "COMMENT_INTERNAL", true,
                    OWN_REPORTER));

    // ---------------------------------------------------------------------------------------------------------
    // How to call: a realistic request per operation (path parameters are filled in from the fixture by name).
    // Operations not listed are sent without body or query.
    // ---------------------------------------------------------------------------------------------------------
    private static final Map<String, Call> CALLS = Map.ofEntries(
            call("GET /api/v1/audit", (w, r) -> r.queryParam("entityId", w.incident())),
            call("POST /api/v1/authorities", (w, r) -> r.body(authority(Fixtures.uniqueCode("CA")))),
            // the seeded response team with its current values: an allowed PUT changes nothing, and a refused one
            // could not have changed it either
            call("PUT /api/v1/authorities/{code}", (w, r) -> r.body(currentAuthority(RESPONSE_TEAM))),
            call("POST /api/v1/escalations/{id}/acknowledge", Fixture.ESCALATED, (w, r) -> r),
            call("POST /api/v1/escalations/{id}/updates", (w, r) -> r.body(Map.of("message",
                    "Đội ứng cứu tỉnh đang phân tích mẫu mã độc"))),
            call("POST /api/v1/escalations/{id}/complete", Fixture.ACKNOWLEDGED, (w, r) -> r),
            call("POST /api/v1/escalations/{id}/return", Fixture.ESCALATED, (w, r) -> r.body(Map.of("reason",
                    "Sự cố trong khả năng xử lý của huyện"))),
            call("GET /api/v1/incidents", (w, r) -> r.queryParam("unitCode", w.unit())),
            call("POST /api/v1/incidents", (w, r) -> r.body(newIncident(w.unit()))),
            call("PATCH /api/v1/incidents/{id}", (w, r) -> r.body(Map.of("description",
                    "Phát hiện mã độc trên máy chủ một cửa điện tử; đã cô lập máy chủ"))),
            call("GET /api/v1/incidents/{id}/history", (w, r) -> r.queryParam("limit", 500)),
            call("GET /api/v1/incidents/{id}/export", (w, r) -> r.queryParam("format", "stix")),
            call("GET /api/v1/incidents/{id}/export/iodef", (w, r) -> r.accept("application/xml")),
            call("GET /api/v1/incidents/export", (w, r) -> r.accept("text/csv").queryParam("format", "csv")
                    .queryParam("unitCode", w.unit())),
            call("PUT /api/v1/incidents/{id}/assessment", (w, r) -> r.body(Triage.assessment(false,
                    List.of("SERVICE_INTERRUPTION")))),
            // a fresh incident each time, detected now (vn-2026): handing it to vn-2017 always changes something
            call("PUT /api/v1/incidents/{id}/regime", Fixture.ESCALATED, (w, r) -> r.body(Map.of("id", "vn-2017",
                    "justification", "Thử quyền: sự cố bắt đầu trước ngày 01/07/2026"))),
            call("POST /api/v1/incidents/{id}/transitions", Fixture.ESCALATED, (w, r) -> r.body(Map.of("action",
                    "START"))),
            call("POST /api/v1/incidents/{id}/attachments", (w, r) -> withFile(r)),
            call("GET /api/v1/incidents/{id}/attachments/{attachmentId}", (w, r) -> r.accept("*/*")),
            call("GET /api/v1/incidents/{id}/comments", (w, r) -> r.queryParam("limit", 500)),
            call("POST /api/v1/incidents/{id}/comments", (w, r) -> r.body(Map.of("body",
                    "Đã cập nhật chữ ký mã độc cho phần mềm diệt virus"))),
            call("POST /api/v1/incidents/{id}/reports", (w, r) -> r.body(OfficialReports.anyKind(w.incident()))),
            call("GET /api/v1/incidents/{id}/reports/{reportId}/document", (w, r) -> r.accept("*/*")
                    .queryParam("format", "docx")),
            call("POST /api/v1/incidents/{id}/tasks", (w, r) -> r.body(Map.of("title",
                    "Thu thập nhật ký máy chủ 7 ngày gần nhất"))),
            call("PATCH /api/v1/incidents/{id}/tasks/{taskId}", (w, r) -> r.body(Map.of("note",
                    "Đang thực hiện"))),
            // on, as it is by default: the matrix's callers keep receiving what they would
            call("PUT /api/v1/people/me/notifications", (w, r) -> r.body(Map.of("email", true))),
            call("POST /api/v1/playbooks", (w, r) -> r.body(playbook("Kịch bản thử quyền"))),
            call("PUT /api/v1/playbooks/{id}", (w, r) -> r.body(playbook("Kịch bản thử quyền, bản sửa"))),
            call("POST /api/v1/preparedness", (w, r) -> r.body(drill(w.unit()))),
            call("GET /api/v1/preparedness", (w, r) -> r.queryParam("unitCode", w.unit())),
            call("POST /api/v1/preparedness/{id}/attachments", (w, r) -> withFile(r)),
            call("GET /api/v1/preparedness/{id}/attachments/{attachmentId}", (w, r) -> r.accept("*/*")),
            call("GET /api/v1/reports/summary", (w, r) -> r.queryParam("period", Year.now().toString())),
            call("GET /api/v1/reports/summary/export", (w, r) -> r.accept("text/csv").queryParam("format", "csv")
                    .queryParam("period", Year.now().toString())),
            call("GET /api/v1/reports/systems", (w, r) -> r.queryParam("year", Year.now().toString())),
            call("GET /api/v1/reports/systems/export", (w, r) -> r.accept("text/csv").queryParam("format", "csv")
                    .queryParam("year", Year.now().toString())),
            call("GET /api/v1/systems", (w, r) -> r.queryParam("unitCode", w.unit())),
            call("POST /api/v1/systems/import", (w, r) -> r.queryParam("dryRun", "true").body(List.of(Map.of(
                    "unitCode", w.unit(), "name", "Hệ thống một cửa điện tử", "securityLevel", 3)))),
            call("POST /api/v1/systems", (w, r) -> r.body(Map.of("unitCode", w.unit(), "name", "Cổng thông tin xã",
                    "securityLevel", 2))),
            call("PUT /api/v1/systems/{id}", (w, r) -> r.body(Map.of("unitCode", w.unit(),
                    "name", "Hệ thống cấp 4", "securityLevel", 4))),
            call("POST /api/v1/units", (w, r) -> r.body(unit(Fixtures.uniqueCode("XA")))),
            call("PUT /api/v1/units/{code}", (w, r) -> r.body(unit(w.unit()))),
            call("PUT /api/v1/units/{code}/contacts/{role}", (w, r) -> r.body(Map.of("name", "Trực ban an ninh mạng",
                    "phone", "0237 3871 113"))),
            call("POST /api/v1/units/{code}/declarations", (w, r) -> r.body(Map.of("declaredAt",
                    java.time.Instant.now().minusSeconds(60).toString(), "authorityCode", "PA05"))),
            call("GET /api/v1/unit-obligations", (w, r) -> r.queryParam("unitCode", w.unit())),
            call("POST /api/v1/units/import", (w, r) -> r.body(List.of(Map.of("code", Fixtures.uniqueCode("XA"),
                    "name", "UBND xã thử quyền", "type", "COMMUNE")))),
            // a fresh commune ends where the call may succeed; refused callers are sent against the shared one
            call("POST /api/v1/units/{code}/succession", Fixture.FRESH_UNIT, (w, r) -> r.body(Map.of(
                    "successorCode", Fixtures.commune(), "effectiveAt", "2025-07-01"))));

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Another commune: its reporter is {@link Caller#OTHER_REPORTER} everywhere. */
    private static String otherUnit;
    private static String playbookId;
    /** A drill of the shared unit, with one file. */
    private static String preparednessRecord;
    private static String preparednessFile;
    /** A declaration of the shared unit's contacts, and one of the never-escalated world's unit. */
    private static String declaration;
    private static String notEscalatedDeclaration;
    /** The objects every call is made on (escalated incident), and the same for a never-escalated incident. */
    private static World shared;
    private static World notEscalated;

    /** Built once, through the API, by the first test that needs them. */
    private static synchronized void buildFixtures() {
        if (shared == null) {
            otherUnit = Fixtures.commune();
            playbookId = Api.as(Tokens.coordinator()).body(playbook("Kịch bản thử quyền")).post("/api/v1/playbooks")
                    .then().statusCode(201).extract().path("id");
            shared = World.full(true);
            notEscalated = World.full(false);
            String coordinator = Tokens.coordinator();
            preparednessRecord = Api.as(coordinator).body(drill(shared.unit())).post("/api/v1/preparedness")
                    .then().statusCode(201).extract().path("id");
            preparednessFile = withFile(Api.as(coordinator)).post("/api/v1/preparedness/" + preparednessRecord
                    + "/attachments").then().statusCode(201).extract().path("id");
            declaration = declaration(coordinator, shared.unit());
            notEscalatedDeclaration = declaration(coordinator, notEscalated.unit());
        }
    }

    @Test
    void everyDocumentedOperationHasExactlyOneRule() throws IOException {
        List<String> documented = documentedOperations();
        List<String> ruled = RULES.stream().map(Rule::key).toList();
        Set<String> duplicates = ruled.stream().filter(key -> ruled.indexOf(key) != ruled.lastIndexOf(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(duplicates.isEmpty(), "rules given twice: " + duplicates);
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(ruled);
        Set<String> stale = new TreeSet<>(ruled);
        stale.removeAll(documented);
        assertTrue(withoutRule.isEmpty() && stale.isEmpty(), "operations of openapi/openapi.yaml without an "
                + "authorisation rule in AuthorizationMatrixTest.RULES (add one): " + withoutRule
                + "; rules for operations that the document does not have: " + stale);
        Set<String> strayCalls = new TreeSet<>(CALLS.keySet());
        strayCalls.removeAll(documented);
        Set<String> strayListings = LISTINGS.stream().map(Listing::key).filter(key -> !documented.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(strayCalls.isEmpty() && strayListings.isEmpty(),
                "requests or listings for undocumented operations: " + strayCalls + " " + strayListings);
        Set<String> roles = Arrays.stream(Caller.values()).map(c -> c.role).filter(r -> r != null)
                .collect(Collectors.toSet());
        assertTrue(roles.equals(Roles.ALL), "a role without a caller in the matrix: " + Roles.ALL + " vs " + roles);
        for (Rule rule : RULES) {
            Set<Caller> both = EnumSet.copyOf(rule.allowed());
            both.retainAll(rule.hidden());
            assertTrue(both.isEmpty(), rule.key() + ": " + both);
            assertTrue(!rule.allowed().contains(ANONYMOUS) || rule.allowed().containsAll(Arrays.asList(ANYONE)),
                    rule.key() + ": an operation open to anonymous callers is open to everyone");
        }
    }

    @Test
    void everyCallerGetsExactlyWhatTheTableSays() throws IOException {
        long started = System.nanoTime();
        buildFixtures();

        Map<String, Rule> rules = RULES.stream().collect(Collectors.toMap(Rule::key, Function.identity()));
        Map<String, Map<Caller, String>> matrix = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String operation : documentedOperations()) {
            Rule rule = rules.get(operation);
            if (rule == null) {
                failures.add(operation + ": no rule in RULES");
                continue;
            }
            Call call = CALLS.getOrDefault(operation, new Call(Fixture.SHARED, (w, r) -> r));
            Listing listing = LISTINGS.stream().filter(l -> l.key().equals(operation)).findFirst().orElse(null);
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                Expected expected = rule.expect(caller);
                // a fresh object only where the call may succeed; a refused call must leave the shared ones alone
                World world = (expected == Expected.ALLOWED ? call.fixture().prepare(shared) : shared)
                        .seenBy(caller, notEscalated);
                String cell;
                try {
                    Response answer = send(rule, call, world, caller);
                    String problem = check(expected, answer, listing, world, caller);
                    cell = answer.statusCode() + (problem == null ? "" : "!");
                    if (problem != null) {
                        failures.add(operation + " as " + caller + ": expected " + expected + ", " + problem);
                    }
                } catch (AssertionError | RuntimeException e) {
                    // the contract filter's verdict, or a request that could not be made
                    cell = "ERR!";
                    failures.add(operation + " as " + caller + ": " + e.getMessage());
                }
                row.put(caller, cell);
                checked++;
            }
            matrix.put(operation, row);
        }
        System.out.println(render(matrix, checked, (System.nanoTime() - started) / 1_000_000_000.0));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + checked + " checks failed:\n  " + String.join("\n  ", failures));
        }
    }

    /**
     * Object level beyond the table: a task, attachment or report is reached only through its own incident, even
     * by a caller who may read both incidents; and the bulk representations of the incident list (CSV, NDJSON) are
     * scoped like its JSON pages.
     */
    @Test
    void childrenAreReachedThroughTheirOwnIncidentOnlyAndBulkListsAreScoped() {
        buildFixtures();
        String a = "/api/v1/incidents/" + shared.incident();
        List<String> failures = new ArrayList<>();
        // callers who may read (the coordinator: both) and edit tasks of the incident they ask through
        for (Caller caller : List.of(COORDINATOR, OWN_REPORTER, ASSIGNED_RESPONDER)) {
            String token = shared.token(caller);
            // the never-escalated incident's attachment and task, asked for through the escalated incident
            expect(failures, caller + " attachment of another incident", 404,
                    Api.as(token).accept("*/*").get(a + "/attachments/" + notEscalated.attachment()));
            expect(failures, caller + " task of another incident", 404,
                    Api.as(token).get(a + "/tasks/" + notEscalated.task()));
            expect(failures, caller + " report of another incident", 404,
                    Api.as(token).get(a + "/reports/" + notEscalated.report()));
            expect(failures, caller + " PATCH task of another incident", 404,
                    Api.as(token).body(Map.of("note", "Đang thực hiện")).patch(a + "/tasks/" + notEscalated.task()));
        }
        // the assignee of the other incident's task, through an incident it cannot read
        String assignee = Tokens.responder(notEscalated.taskAssignee());
        expect(failures, "task assignee, task through another incident", 404,
                Api.as(assignee).get(a + "/tasks/" + notEscalated.task()));
        expect(failures, "task assignee, PATCH task through another incident", 404,
                Api.as(assignee).body(Map.of("note", "Đang thực hiện")).patch(a + "/tasks/" + notEscalated.task()));

        for (String type : List.of("text/csv", "application/x-ndjson")) {
            for (Caller caller : EVERY_ROLE) {
                World world = shared.seenBy(caller, notEscalated);
                RequestSpecification request = Api.as(world.token(caller)).accept(type);
                if (type.endsWith("ndjson")) {
                    // no incident is zero lines, an empty body, which the contract filter takes for a missing one
                    request.noFilters();
                }
                Response answer = request.queryParam("unitCode", world.unit()).get("/api/v1/incidents");
                boolean reader = !Arrays.asList(INCIDENT_STRANGERS).contains(caller);
                if (answer.statusCode() != 200) {
                    failures.add(caller + " list as " + type + ": got " + answer.statusCode());
                } else if (answer.asString().contains(world.incident()) != reader) {
                    failures.add(caller + " list as " + type + ": the incident is " + (reader ? "missing" : "listed"));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void expect(List<String> failures, String what, int status, Response answer) {
        if (answer.statusCode() != status) {
            failures.add(what + ": expected " + status + ", got " + answer.statusCode() + " " + answer.asString());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Response send(Rule rule, Call call, World world, Caller caller) {
        RequestSpecification request = caller == ANONYMOUS ? Api.anonymous() : Api.as(world.token(caller));
        request = call.customise().apply(world, request);
        return request.request(rule.method(), world.resolve(rule.path()));
    }

    /** Null when the answer is what the table says, else what was wrong. */
    private static String check(Expected expected, Response answer, Listing listing, World world, Caller caller) {
        int status = answer.statusCode();
        String got = "got " + status + (status >= 400 ? " " + answer.asString() : "");
        if (status >= 500) {
            return got;
        }
        switch (expected) {
            case ALLOWED -> {
                if (status < 200 || status >= 300) {
                    return got;
                }
                String listed = listing == null ? null : listing.check(answer, world, caller);
                return listed == null ? null : "got " + status + " but " + listed;
            }
            case UNAUTHENTICATED, FORBIDDEN, HIDDEN -> {
                if (status != expected.status) {
                    return got;
                }
                String type = answer.contentType();
                return type != null && type.startsWith(Api.PROBLEM_JSON) ? null
                        : "got " + status + " as " + type + " rather than " + Api.PROBLEM_JSON;
            }
            default -> throw new IllegalStateException(expected.name());
        }
    }

    private static String render(Map<String, Map<Caller, String>> matrix, int checked, double seconds) {
        int width = matrix.keySet().stream().mapToInt(String::length).max().orElse(10) + 1;
        StringBuilder out = new StringBuilder("\nAuthorisation matrix (status per caller; ! = not what RULES says)\n");
        out.append(String.format("%-" + width + "s", "operation"));
        for (Caller caller : Caller.values()) {
            out.append(String.format(" %8s", caller.label));
        }
        out.append('\n');
        matrix.forEach((operation, row) -> {
            out.append(String.format("%-" + width + "s", operation));
            for (Caller caller : Caller.values()) {
                out.append(String.format(" %8s", row.get(caller)));
            }
            out.append('\n');
        });
        for (Caller caller : Caller.values()) {
            out.append(String.format("  %-9s %s%n", caller.label, caller.meaning));
        }
        out.append(String.format("%d operations x %d callers = %d checks in %.1f s%n", matrix.size(),
                Caller.values().length, checked, seconds));
        return out.toString();
    }

    /** Every operation of the committed contract, as "METHOD /path", in document order. */
    static List<String> documentedOperations() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(OpenApiContract.DOCUMENT.toFile()).path("paths");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertTrue(operations.size() > 10, "no operations read from " + OpenApiContract.DOCUMENT);
        return operations;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Request bodies

    private static Map<String, Object> newIncident(String unit) {
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("Trang thông tin xã bị thay đổi giao diện"));
        body.put("unitCode", unit);
        return body;
    }

    private static Map<String, Object> drill(String unit) {
        return Map.of("kind", "DRILL", "unitCode", unit, "title", "Diễn tập ứng cứu sự cố mã độc",
                "heldOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString(),
                "drillScope", "OWN", "scenario", "Máy chủ một cửa điện tử bị mã hóa dữ liệu");
    }

    private static String declaration(String coordinator, String unit) {
        return Api.as(coordinator).body(Map.of("declaredAt", java.time.Instant.now().minusSeconds(60).toString(),
                "authorityCode", "PA05")).post("/api/v1/units/" + unit + "/declarations").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> playbook(String name) {
        return Map.of("category", "OTHER", "name", name, "active", false,
                "steps", List.of(Map.of("title", "Cô lập máy bị ảnh hưởng", "description", "Ngắt kết nối mạng")));
    }

    private static Map<String, Object> authority(String code) {
        return Map.of("code", code, "nameVi", "Công an xã " + code, "active", false,
                "channels", List.of(Map.of("type", "PHONE", "value", "0237 3852 113", "note", "Trực ban")));
    }

    /** The writable fields of an authority as they are now, read as an administrator. */
    private static Map<String, Object> currentAuthority(String code) {
        Response current = Api.as(Tokens.admin()).get("/api/v1/authorities/" + code);
        current.then().statusCode(200);
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("nameVi", "nameEn", "channels", "active")) {
            body.put(field, current.path(field));
        }
        return body;
    }

    private static Map<String, Object> unit(String code) {
        return Map.of("code", code, "name", "UBND xã " + code, "type", "COMMUNE",
                "focalPoint", Map.of("name", "Lê Văn Bình", "phone", "0912 345 678"));
    }

    private static RequestSpecification withFile(RequestSpecification request) {
        return request.contentType("multipart/form-data")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart(new MultiPartSpecBuilder("2026-03-02 01:15 GET /shell.php 200\n"
                        .getBytes(StandardCharsets.UTF_8)).controlName("file").fileName("nhat-ky.txt")
                        .mimeType("text/plain").build());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The objects called upon

    /** What a call needs before it is made. */
    enum Fixture {
        /** The objects built once for the whole matrix. */
        SHARED,
        /** A fresh escalated incident (PENDING escalation), for calls that move it on. */
        ESCALATED,
        /** A fresh escalated incident whose escalation the provincial team acknowledged. */
        ACKNOWLEDGED,
        /** The shared objects with a fresh commune as the unit, for calls that end the unit. */
        FRESH_UNIT;

        World prepare(World shared) {
            return switch (this) {
                case SHARED -> shared;
                case ESCALATED -> World.escalated();
                case ACKNOWLEDGED -> {
                    World world = World.escalated();
                    Api.as(Tokens.provincial()).post("/api/v1/escalations/" + world.escalation() + "/acknowledge")
                            .then().statusCode(200);
                    yield world;
                }
                case FRESH_UNIT -> new World(Fixtures.commune(), shared.system, shared.incident, shared.escalation,
                        shared.responder, shared.taskAssignee, shared.task, shared.attachment, shared.internalNote,
                        shared.report);
            };
        }
    }

    /**
     * A unit with a system and an incident assigned to {@code responder}, escalated (with its {@code escalation})
     * or only triaged; with a task assigned to {@code taskAssignee}, an attachment, a comment, an internal note and
     * an official report when built in full.
     */
    record World(String unit, String system, String incident, String escalation, String responder,
            String taskAssignee, String task, String attachment, String internalNote, String report) {

        /** A serious incident of a fresh commune, assessed, triaged and escalated (its escalation PENDING). */
        static World escalated() {
            return build(false, true);
        }

        static World full(boolean escalate) {
            return build(true, escalate);
        }

        private static World build(boolean full, boolean escalate) {
            String coordinator = Tokens.coordinator();
            String unit;
            String system;
            String incident;
            String escalation = null;
            if (escalate) {
                Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
                unit = escalated.unitCode();
                system = escalated.systemId();
                incident = escalated.incidentId();
                escalation = escalated.escalationId();
            } else {
                unit = Fixtures.commune();
                system = Fixtures.system(unit, 2);
                incident = Fixtures.incidentFiledBy(Tokens.reporter(unit));
                Triage.assess(coordinator, incident);
                Triage.take(coordinator, incident, "TRIAGE");
            }
            String responder = Fixtures.uniqueCode("responder");
            Triage.assign(coordinator, incident, responder);
            String taskAssignee = Fixtures.uniqueCode("focal");
            if (!full) {
                return new World(unit, system, incident, escalation, responder, taskAssignee, null, null, null, null);
            }
            String reporter = Tokens.reporter(unit);
            String task = Api.as(coordinator).body(Map.of("title", "Rà soát tài khoản quản trị", "assignee",
                    taskAssignee)).post("/api/v1/incidents/" + incident + "/tasks").then().statusCode(201)
                    .extract().path("id");
            String attachment = withFile(Api.as(reporter)).post("/api/v1/incidents/" + incident + "/attachments")
                    .then().statusCode(201).extract().path("id");
            Api.as(reporter).body(Map.of("body", "Máy chủ đã được tắt")).post("/api/v1/incidents/" + incident
                    + "/comments").then().statusCode(201);
            String note = Api.as(coordinator).body(Map.of("body", "Nghi ngờ lộ mật khẩu quản trị", "internal", true))
                    .post("/api/v1/incidents/" + incident + "/comments").then().statusCode(201).extract().path("id");
            String report = OfficialReports.record(coordinator, incident, OfficialReports.anyKind(incident));
            return new World(unit, system, incident, escalation, responder, taskAssignee, task, attachment, note,
                    report);
        }

        /**
         * What the caller is shown: {@link Caller#PROVINCIAL_NOT_ESCALATED} gets the never-escalated incident
         * and its unit, task, attachment and note, with this world's escalation; everyone else this world.
         */
        World seenBy(Caller caller, World notEscalated) {
            return caller != PROVINCIAL_NOT_ESCALATED ? this : new World(notEscalated.unit, notEscalated.system,
                    notEscalated.incident, escalation, notEscalated.responder, notEscalated.taskAssignee,
                    notEscalated.task, notEscalated.attachment, notEscalated.internalNote, notEscalated.report);
        }

        String token(Caller caller) {
            return switch (caller) {
                case OWN_REPORTER -> Tokens.reporter(unit);
                case OTHER_REPORTER -> Tokens.reporter(otherUnit);
                case COORDINATOR -> Tokens.coordinator();
                case ASSIGNED_RESPONDER -> Tokens.responder(responder);
                case OTHER_RESPONDER -> Tokens.responder(Fixtures.uniqueCode("responder"));
                case TASK_ASSIGNEE -> Tokens.responder(taskAssignee);
                case PROVINCIAL, PROVINCIAL_NOT_ESCALATED -> Tokens.provincial();
                case AUDITOR -> Tokens.auditor();
                case ADMIN -> Tokens.admin();
                case ANONYMOUS -> throw new IllegalArgumentException("the anonymous caller has no token");
            };
        }

        /** The path template with this fixture's ids: {id} is whatever the collection before it holds. */
        String resolve(String template) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String before = template.substring(0, parameter.start());
                String value = switch (parameter.group(1)) {
                    case "attachmentId" -> before.contains("/preparedness/") ? preparednessFile : attachment;
                    case "taskId" -> task;
                    case "reportId" -> report;
                    case "declarationId" -> unit.equals(notEscalated.unit()) ? notEscalatedDeclaration : declaration;
                    case "role" -> "CONTACT_24_7";
                    case "code" -> before.endsWith("/authorities/") ? RESPONSE_TEAM : unit;
                    case "id" -> before.endsWith("/incidents/") ? incident
                            : before.endsWith("/escalations/") ? escalation
                            : before.endsWith("/systems/") ? system
                            : before.endsWith("/playbooks/") ? playbookId
                            : before.endsWith("/regimes/") ? "vn-2026"
                            : before.endsWith("/preparedness/") ? preparednessRecord
                            : null;
                    default -> null;
                };
                if (value == null) {
                    throw new IllegalStateException("no fixture for " + parameter.group() + " in " + template
                            + ": teach World.resolve about it");
                }
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameter.appendTail(path);
            return path.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The table's vocabulary

    enum Expected {
        ALLOWED(0), UNAUTHENTICATED(401), FORBIDDEN(403), HIDDEN(404);

        final int status;

        Expected(int status) {
            this.status = status;
        }

        @Override
        public String toString() {
            return status == 0 ? "2xx" : Integer.toString(status);
        }
    }

    record Rule(String method, String path, Set<Caller> allowed, Set<Caller> hidden) {
        String key() {
            return method + " " + path;
        }

        Expected expect(Caller caller) {
            return allowed.contains(caller) ? Expected.ALLOWED
                    : caller == ANONYMOUS ? Expected.UNAUTHENTICATED
                    : hidden.contains(caller) ? Expected.HIDDEN
                    : Expected.FORBIDDEN;
        }
    }

    private static Rule rule(String method, String path, Caller[] allowed) {
        return rule(method, path, allowed, new Caller[0]);
    }

    private static Rule rule(String method, String path, Caller[] allowed, Caller[] hidden) {
        return new Rule(method, path, set(allowed), set(hidden));
    }

    private static Caller[] allow(Caller... callers) {
        return callers;
    }

    private static Caller[] hidden(Caller... callers) {
        return callers;
    }

    private static Caller[] plus(Caller[] callers, Caller... more) {
        Caller[] all = Arrays.copyOf(callers, callers.length + more.length);
        System.arraycopy(more, 0, all, callers.length, more.length);
        return all;
    }

    private static Caller[] all(Caller[] except) {
        Set<Caller> callers = set(EVERY_ROLE);
        callers.removeAll(set(except));
        return callers.toArray(Caller[]::new);
    }

    private static Caller[] but(Caller... callers) {
        return callers;
    }

    private static Set<Caller> set(Caller[] callers) {
        Set<Caller> set = EnumSet.noneOf(Caller.class);
        set.addAll(Arrays.asList(callers));
        return set;
    }

    record Call(Fixture fixture, BiFunction<World, RequestSpecification, RequestSpecification> customise) {
    }

    private static Map.Entry<String, Call> call(String operation,
            BiFunction<World, RequestSpecification, RequestSpecification> customise) {
        return call(operation, Fixture.SHARED, customise);
    }

    private static Map.Entry<String, Call> call(String operation, Fixture fixture,
            BiFunction<World, RequestSpecification, RequestSpecification> customise) {
        return Map.entry(operation, new Call(fixture, customise));
    }

    /**
     * In the answer's {@code path} (a list), the fixture's {@code value} must not appear for the {@code hiddenFrom}
     * callers; when {@code shownToOthers}, it must appear for every other allowed caller.
     */
    record Listing(String key, String path, Function<World, String> value, boolean shownToOthers,
            Set<Caller> hiddenFrom) {
        String check(Response answer, World world, Caller caller) {
            List<Object> items = answer.jsonPath().getList(path);
            boolean listed = items.stream().anyMatch(item -> String.valueOf(item).equals(value.apply(world)));
            if (hiddenFrom.contains(caller) && listed) {
                return value.apply(world) + " is in " + path + ", which this caller must not see";
            }
            if (!hiddenFrom.contains(caller) && shownToOthers && !listed) {
                return value.apply(world) + " is missing from " + path;
            }
            return null;
        }
    }

    private static Listing listing(String operation, String path, Function<World, String> value,
            boolean shownToOthers, Caller... hiddenFrom) {
        return new Listing(operation, path, value, shownToOthers, set(hiddenFrom));
    }
}
