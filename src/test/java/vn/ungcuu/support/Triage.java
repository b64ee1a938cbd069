package vn.ungcuu.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drives incidents through the lifecycle over HTTP, as a coordinator would. */
public final class Triage {

    private Triage() {
    }

    public static Map<String, Object> assessment(boolean ownerCanHandle, List<String> impacts) {
        Map<String, Object> body = new HashMap<>();
        body.put("impacts", impacts);
        body.put("ownerCanHandle", ownerCanHandle);
        body.put("functionalImpact", "NONE");
        body.put("informationImpact", List.of("NONE"));
        body.put("recoverability", "REGULAR");
        body.put("affectedUnits", 1);
        body.put("affectedHosts", 1);
        return body;
    }

    public static void assess(String coordinator, String incidentId) {
        Api.as(coordinator).body(assessment(true, List.of())).put("/api/v1/incidents/" + incidentId + "/assessment")
                .then().statusCode(200);
    }

    public static Map<String, Object> action(String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        switch (action) {
            case "ESCALATE", "REJECT", "REOPEN" -> body.put("reason", "lý do " + action.toLowerCase());
            case "RESOLVE" -> body.put("resolution", "Đã khắc phục, khôi phục từ bản sao lưu");
            case "CLOSE" -> {
                body.put("endReport", Map.of("summary", "Đã xử lý xong", "rootCause",
                        "Mật khẩu yếu", "lessonsLearned", "Bật xác thực hai lớp"));
                // lifecycle tests close with the playbook's tasks still open; the guard has its own test
                body.put("openTasksReason", "Các bước còn lại do đơn vị tự thực hiện");
            }
            default -> {
            }
        }
        return body;
    }

    /** Assigns the incident to a responder (by subject), as a coordinator hands it over. */
    public static void assign(String coordinator, String incidentId, String responder) {
        Api.as(coordinator).body(Map.of("assignee", responder)).patch("/api/v1/incidents/" + incidentId).then()
                .statusCode(200);
    }

    public static void take(String coordinator, String incidentId, String action) {
        Api.as(coordinator).body(action(action)).post("/api/v1/incidents/" + incidentId + "/transitions")
                .then().statusCode(200);
    }

    /** A fresh incident of a fresh commune, brought to the given status by the shortest path. */
    public static String incidentIn(String status, String coordinator) {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        List<String> path = switch (status) {
            case "NEW" -> List.of();
            case "TRIAGED" -> List.of("TRIAGE");
            case "IN_PROGRESS" -> List.of("TRIAGE", "START");
            case "ESCALATED" -> List.of("TRIAGE", "ESCALATE");
            case "RESOLVED" -> List.of("TRIAGE", "START", "RESOLVE");
            case "CLOSED" -> List.of("TRIAGE", "START", "RESOLVE", "CLOSE");
            case "REJECTED" -> List.of("REJECT");
            default -> throw new IllegalArgumentException(status);
        };
        if (path.contains("TRIAGE")) {
            assess(coordinator, id);
        }
        for (String action : path) {
            take(coordinator, id, action);
        }
        return id;
    }
}
