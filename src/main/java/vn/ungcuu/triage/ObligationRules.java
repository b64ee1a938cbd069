package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.Obligations;

/**
 * How a transition moves the incident's obligations, by its regime's rules: first it meets what the action
 * meets (vn-2017: TRIAGE and ESCALATE meet NOTIFY, CLOSE meets END_REPORT), then it starts what the action
 * starts (RESOLVE starts END_REPORT). REJECT waives every open obligation with the rejection reason (a
 * rejected report was not an incident); REOPEN waives those the resolution started.
 */
@ApplicationScoped
class ObligationRules {

    @Inject
    Obligations obligations;

    @Inject
    ObligationFacts facts;

    void apply(Incident incident, Action action, String reason, Instant now, Changes changes) {
        switch (action) {
            case REJECT -> obligations.waiveOpen(incident, null, "REJECT: " + reason, now, changes);
            case REOPEN -> obligations.waiveOpen(incident, Action.RESOLVE.name(), "REOPEN: " + reason, now, changes);
            default -> {
                obligations.meetByAction(incident, action.name(), now, changes);
                obligations.start(incident, Obligations.ACTION, action.name(), facts.of(incident), now, changes);
            }
        }
    }
}
