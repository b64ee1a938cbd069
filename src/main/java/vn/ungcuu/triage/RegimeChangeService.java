package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.http.ETags;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentChanged;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.IncidentService;
import vn.ungcuu.incident.IncidentStatus;
import vn.ungcuu.incident.IncidentView;
import vn.ungcuu.incident.Obligations;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeRef;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.security.CurrentUser;

/**
 * A coordinator hands an incident to another regime version, with a justification: the open obligations are
 * waived with it (listed still, and restarted where the new regime has the same kind), met ones stay, and the
 * new regime's obligations start for every occasion the incident has already passed (filing, assessment,
 * personal data, resolution).
 */
@ApplicationScoped
class RegimeChangeService {

    static final String AUDIT_ACTION = "REGIME_CHANGE";

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    IncidentService incidentService;

    @Inject
    RegimeStore regimes;

    @Inject
    Obligations obligations;

    @Inject
    ObligationFacts facts;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    Event<IncidentChanged> changed;

    @Transactional
    IncidentView change(UUID incidentId, RegimeChange request, String ifMatch) {
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE));
        ETags.requireMatch(ifMatch, incident.version);
        if (incident.isFinished()) {
            throw new ApiException(ProblemType.CONFLICT, "A " + incident.status + " incident keeps its regime"
                    + incident.reopenHint());
        }
        Regime regime = (request.version() == null ? regimes.latest(request.id())
                : regimes.version(request.id(), request.version()))
                .orElseThrow(() -> ApiException.invalid(request.version() == null ? "id" : "version",
                        "no stored regime version matches (GET /api/v1/regimes)"));
        if (regime.id().equals(incident.regimeId) && regime.version() == incident.regimeVersion) {
            throw new ApiException(ProblemType.CONFLICT, "The incident is already handled under " + regime.id()
                    + " version " + regime.version());
        }
        Instant now = time.now();
        Changes changes = new Changes()
                .field("regime", new RegimeRef(incident.regimeId, incident.regimeVersion),
                        new RegimeRef(regime.id(), regime.version()))
                .field("justification", null, request.justification());
        obligations.waiveOpen(incident, null, AUDIT_ACTION + ": " + request.justification(), now, changes);
        incident.regimeId = regime.id();
        incident.regimeVersion = regime.version();
        Set<String> holding = facts.of(incident);
        obligations.start(incident, Obligations.FILED, null, holding, now, changes);
        if (facts.assessed(incident)) {
            obligations.start(incident, Obligations.ASSESSED, null, holding, now, changes);
        }
        if (!incident.personalDataFacts().isEmpty()) {
            obligations.start(incident, Obligations.PERSONAL_DATA, null, holding, now, changes);
        }
        if (incident.status == IncidentStatus.RESOLVED) {
            obligations.start(incident, Obligations.ACTION, Action.RESOLVE.name(), holding, now, changes);
        }
        incident.updatedAt = now;
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), AUDIT_ACTION, changes, now);
        incidents.flush();
        changed.fire(new IncidentChanged(incident.id, incident.reference, AUDIT_ACTION, changes.asList()));
        return incidentService.view(incident, now);
    }
}
