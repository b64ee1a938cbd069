package vn.ungcuu.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.incident.IncidentStatus;

/**
 * The state machine of api.md (Lifecycle): NEW → TRIAGED → IN_PROGRESS → RESOLVED → CLOSED, with
 * ESCALATED from TRIAGED and IN_PROGRESS, REJECTED from NEW and TRIAGED, REOPEN from RESOLVED and CLOSED.
 */
final class Lifecycle {

    private static final Map<IncidentStatus, List<Action>> ALLOWED = new EnumMap<>(IncidentStatus.class);

    static {
        ALLOWED.put(IncidentStatus.NEW, List.of(Action.TRIAGE, Action.REJECT));
        ALLOWED.put(IncidentStatus.TRIAGED, List.of(Action.START, Action.ESCALATE, Action.REJECT));
        ALLOWED.put(IncidentStatus.IN_PROGRESS, List.of(Action.ESCALATE, Action.RESOLVE));
        ALLOWED.put(IncidentStatus.ESCALATED, List.of(Action.START, Action.RESOLVE));
        ALLOWED.put(IncidentStatus.RESOLVED, List.of(Action.CLOSE, Action.REOPEN));
        ALLOWED.put(IncidentStatus.CLOSED, List.of(Action.REOPEN));
        ALLOWED.put(IncidentStatus.REJECTED, List.of());
    }

    private Lifecycle() {
    }

    static List<Action> allowedFrom(IncidentStatus status) {
        return ALLOWED.get(status);
    }
}
