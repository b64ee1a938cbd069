package vn.ungcuu.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** Every action from every status, for each role: api.md's Lifecycle, table-driven. */
@QuarkusTest
class LifecycleTest {

    static final List<String> STATUSES = List.of("NEW", "TRIAGED", "IN_PROGRESS", "ESCALATED", "RESOLVED", "CLOSED",
            "REJECTED");
    static final List<String> ACTIONS = List.of("TRIAGE", "START", "ESCALATE", "RESOLVE", "CLOSE", "REJECT", "REOPEN");

    /** The contract's table: from each status, the actions allowed and where they lead. */
    static final Map<String, Map<String, String>> ALLOWED = Map.of(
            "NEW", Map.of("TRIAGE", "TRIAGED", "REJECT", "REJECTED"),
            "TRIAGED", Map.of("START", "IN_PROGRESS", "ESCALATE", "ESCALATED", "REJECT", "REJECTED"),
            "IN_PROGRESS", Map.of("ESCALATE", "ESCALATED", "RESOLVE", "RESOLVED"),
            "ESCALATED", Map.of("START", "IN_PROGRESS", "RESOLVE", "RESOLVED"),
            "RESOLVED", Map.of("CLOSE", "CLOSED", "REOPEN", "IN_PROGRESS"),
            "CLOSED", Map.of("REOPEN", "IN_PROGRESS"),
            "REJECTED", Map.of());

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (String status : STATUSES) {
            for (String action : ACTIONS) {
                cases.add(Arguments.of(status, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "coordinator {1} from {0}")
    @MethodSource("everyStatusAndAction")
    void aCoordinatorMayTakeExactlyTheAllowedActions(String status, String action) {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn(status, coordinator);
        if (action.equals("TRIAGE") && status.equals("NEW")) {
            Triage.assess(coordinator, id);
        }
        String to = ALLOWED.get(status).get(action);
        Response answer = Api.as(coordinator).body(Triage.action(action))
                .post("/api/v1/incidents/" + id + "/transitions");
        if (to != null) {
            answer.then().statusCode(200).body("status", equalTo(to)).header("ETag", org.hamcrest.Matchers.notNullValue());
        } else {
            answer.then().statusCode(409).contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:conflict"))
                    .body("currentStatus", equalTo(status))
                    .body("allowedActions", equalTo(ACTIONS.stream().filter(ALLOWED.get(status)::containsKey).toList()));
            Fixtures.assertIncidentStatus(id, status);
        }
    }

    /** For each action, a status it is allowed from, so that only the caller's role can refuse it. */
    static final Map<String, String> FROM = Map.of("TRIAGE", "NEW", "START", "TRIAGED", "ESCALATE", "TRIAGED",
            "RESOLVE", "IN_PROGRESS", "CLOSE", "RESOLVED", "REJECT", "NEW", "REOPEN", "RESOLVED");

    static Stream<Arguments> everyOtherRoleAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (String role : List.of("reporter", "auditor", "admin", "provincial", "assigned responder")) {
            for (String action : ACTIONS) {
                cases.add(Arguments.of(role, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOtherRoleAndAction")
    void otherRolesMayOnlyTakeWhatTheirRoleAllows(String role, String action) {
        String coordinator = Tokens.coordinator();
        String status = FROM.get(action);
        String id = Triage.incidentIn(status, coordinator);
        if (action.equals("TRIAGE")) {
            Triage.assess(coordinator, id);
        }
        String unit = Api.as(coordinator).get("/api/v1/incidents/" + id).then().extract().path("unitCode");
        String token = switch (role) {
            case "reporter" -> Tokens.reporter(unit);
            case "auditor" -> Tokens.auditor();
            case "admin" -> Tokens.admin();
            case "provincial" -> Tokens.provincial();
            default -> {
                String responderId = Fixtures.uniqueCode("responder");
                Triage.assign(coordinator, id, responderId);
                yield Tokens.responder(responderId);
            }
        };
        boolean allowed = role.equals("assigned responder") && (action.equals("START") || action.equals("RESOLVE"));
        Response answer = Api.as(token).body(Triage.action(action)).post("/api/v1/incidents/" + id + "/transitions");
        if (allowed) {
            answer.then().statusCode(200).body("status", equalTo(ALLOWED.get(status).get(action)));
        } else {
            answer.then().statusCode(403).contentType(Api.PROBLEM_JSON);
            Fixtures.assertIncidentStatus(id, status);
        }
    }

    @Test
    void theListedTransitionsAreTheAllowedOnes() {
        String coordinator = Tokens.coordinator();
        for (String status : STATUSES) {
            String id = Triage.incidentIn(status, coordinator);
            List<String> listed = Api.as(coordinator).get("/api/v1/incidents/" + id + "/transitions").then()
                    .statusCode(200).extract().path("action");
            assertEquals(ACTIONS.stream().filter(ALLOWED.get(status)::containsKey).toList(), listed, status);
        }
    }

    @Test
    void reportersAuditorsAdminsAndTheProvincialTeamMayNotTransition() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        Triage.assess(coordinator, id);
        for (String token : List.of(Tokens.reporter(unit), Tokens.auditor(), Tokens.admin(), Tokens.provincial())) {
            Api.as(token).body(Triage.action("TRIAGE")).post("/api/v1/incidents/" + id + "/transitions").then()
                    .statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        Api.as(Tokens.reporter(unit)).get("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("size()", equalTo(0));
        Fixtures.assertIncidentStatus(id, "NEW");
    }

    @Test
    void aResponderStartsAndResolvesWhatIsAssignedToItOnly() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("TRIAGED", coordinator);
        String responderId = Fixtures.uniqueCode("responder");
        String responder = Tokens.responder(responderId);
        Api.as(responder).body(Triage.action("START")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(404);

        Triage.assign(coordinator, id, responderId);
        Api.as(responder).get("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("action", equalTo(List.of("START")));
        Api.as(responder).body(Triage.action("ESCALATE")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(403);
        Api.as(responder).body(Triage.action("START")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.as(responder).body(Triage.action("RESOLVE")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("status", equalTo("RESOLVED"));
        Api.as(responder).body(Triage.action("CLOSE")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(403);
    }

    @Test
    void anUnknownActionIs400() {
        String id = Triage.incidentIn("NEW", Tokens.coordinator());
        Api.as(Tokens.coordinator()).body(Map.of("action", "DELETE")).post("/api/v1/incidents/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
        Api.as(Tokens.coordinator()).body(Map.of()).post("/api/v1/incidents/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
    }
}
