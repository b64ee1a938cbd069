package vn.ungcuu.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.http.ETags;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentChanged;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.Obligations;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.severity.AffectedSystem;
import vn.ungcuu.severity.AssessmentInput;
import vn.ungcuu.severity.Classification;
import vn.ungcuu.severity.Classifier;
import vn.ungcuu.severity.MatchedRule;
import vn.ungcuu.unit.SystemRepository;

/**
 * Assesses an incident with the criteria in force: stores the inputs, the outcome and the rules that
 * fired, sets the incident's severity and legal class, and audits it all (override included).
 */
@ApplicationScoped
public class AssessmentService {

    private static final TypeReference<List<MatchedRule>> RULES = new TypeReference<>() {
    };

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    SystemRepository systems;

    @Inject
    CriteriaStore criteria;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    ObjectMapper json;

    @Inject
    Event<IncidentChanged> changed;

    @Inject
    Obligations obligations;

    @Inject
    ObligationFacts facts;

    public AssessmentView get(UUID incidentId) {
        access.requireReadable(incidents.findById(incidentId));
        Assessment assessment = em.find(Assessment.class, incidentId);
        if (assessment == null) {
            throw ApiException.notFound("Assessment");
        }
        return view(assessment);
    }

    public boolean exists(UUID incidentId) {
        return em.find(Assessment.class, incidentId) != null;
    }

    @Transactional
    public AssessmentView assess(UUID incidentId, AssessmentInputs inputs, String ifMatch) {
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE));
        ETags.requireMatch(ifMatch, incident.version);
        if (incident.isFinished()) {
            throw new ApiException(ProblemType.CONFLICT,
                    "A " + incident.status + " incident cannot be assessed; reopen it first");
        }
        checkRegimeAnswers(obligations.regimeOf(incident), inputs);
        List<AffectedSystem> hit = systems.findAll(incident.affectedSystemIds).stream()
                .map(system -> new AffectedSystem(system.securityLevel, system.nationalCritical)).toList();
        Classification outcome = Classifier.classify(criteria.current(), new AssessmentInput(inputs.impacts(),
                inputs.ownerCanHandle(), inputs.functionalImpact(), inputs.informationImpact(),
                inputs.recoverability(), inputs.affectedUnits(), inputs.affectedHosts(), hit));
        SeverityOverride override = inputs.override();
        Instant now = time.now();

        Assessment assessment = em.find(Assessment.class, incidentId);
        boolean first = assessment == null;
        if (first) {
            assessment = new Assessment();
            assessment.incidentId = incidentId;
        }
        Changes changes = new Changes()
                .field("severity", incident.severity, override != null ? override.severity() : outcome.severity())
                .field("legalClass", incident.legalClass, outcome.legalClass())
                .field("assessment.criteriaVersion", first ? null : assessment.criteriaVersion,
                        outcome.criteriaVersion())
                .field("assessment.computedSeverity", first ? null : assessment.computedSeverity, outcome.severity())
                .field("assessment.escalationRequired", first ? null : assessment.escalationRequired,
                        outcome.escalationRequired())
                .field("assessment.override", first || assessment.overrideSeverity == null ? null
                        : new SeverityOverride(assessment.overrideSeverity, assessment.overrideJustification), override)
                .field("assessment.matchedRules", first ? null : ruleIds(assessment.matchedRules),
                        outcome.matchedRules().stream().map(MatchedRule::id).toList())
                .field("assessment.regimeAnswers", first ? null : nonEmpty(read(assessment.inputs).regimeAnswers()),
                        nonEmpty(inputs.regimeAnswers()))
                .field("assessment.seriousReason", first ? null : read(assessment.inputs).seriousReason(),
                        inputs.seriousReason());

        assessment.criteriaVersion = outcome.criteriaVersion();
        assessment.inputs = write(inputs.withoutOverride());
        assessment.legalClass = outcome.legalClass();
        assessment.computedSeverity = outcome.severity();
        assessment.severity = override != null ? override.severity() : outcome.severity();
        assessment.escalationRequired = outcome.escalationRequired();
        assessment.matchedRules = write(outcome.matchedRules());
        assessment.overrideSeverity = override == null ? null : override.severity();
        assessment.overrideJustification = override == null ? null : override.justification();
        assessment.assessedBy = user.id();
        assessment.assessedAt = now;
        if (first) {
            em.persist(assessment);
        }
        incident.severity = assessment.severity;
        incident.legalClass = assessment.legalClass;
        incident.updatedAt = now;
        // the answers may start obligations (vn-2026: IMMEDIATE_NOTICE, INITIAL_NOTICE); none is ever withdrawn
        obligations.start(incident, Obligations.ASSESSED, null, facts.of(incident), now, changes);
        String action = override == null ? "ASSESS" : "ASSESS_OVERRIDE";
        audit.record(user.id(), Incident.AUDIT_TYPE, incidentId.toString(), action, changes, now);
        em.flush();
        changed.fire(new IncidentChanged(incidentId, incident.reference, action, changes.asList()));
        return view(assessment);
    }

    /**
     * The regime answers must be questions of the incident's regime (vn-2017 asks none of the 2026 ones), and an
     * answer that requires a field (serious: seriousReason) must come with it.
     */
    private static void checkRegimeAnswers(Regime regime, AssessmentInputs inputs) {
        Map<String, Regime.Question> asked = new HashMap<>();
        regime.classification().forEach(question -> asked.put(question.id(), question));
        List<FieldError> errors = new ArrayList<>();
        inputs.regimeAnswers().forEach((id, answer) -> {
            Regime.Question question = asked.get(id);
            if (question == null) {
                errors.add(new FieldError(id, "is not a question of " + regime.id() + ", the regime this incident is "
                        + "handled under"));
            } else if (Boolean.TRUE.equals(answer) && question.requires() != null
                    && question.requires().contains("seriousReason")
                    && (inputs.seriousReason() == null || inputs.seriousReason().isBlank())) {
                errors.add(new FieldError("seriousReason", "is required when " + id + " is true: record why"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Map<String, Object> nonEmpty(Map<String, Object> answers) {
        return answers.isEmpty() ? null : answers;
    }

    AssessmentInputs read(String inputs) {
        try {
            return json.readValue(inputs, AssessmentInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment inputs unreadable", e);
        }
    }

    private AssessmentView view(Assessment assessment) {
        try {
            AssessmentInputs inputs = json.readValue(assessment.inputs, AssessmentInputs.class);
            return new AssessmentView(assessment.incidentId, inputs, assessment.legalClass, assessment.severity,
                    assessment.computedSeverity, assessment.escalationRequired,
                    json.readValue(assessment.matchedRules, RULES), assessment.criteriaVersion,
                    assessment.overrideSeverity == null ? null
                            : new SeverityOverride(assessment.overrideSeverity, assessment.overrideJustification),
                    assessment.assessedBy, assessment.assessedAt, assessment.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment unreadable", e);
        }
    }

    private List<String> ruleIds(String matchedRules) {
        try {
            return json.readValue(matchedRules, RULES).stream().map(MatchedRule::id).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
