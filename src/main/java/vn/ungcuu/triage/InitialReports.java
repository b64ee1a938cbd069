package vn.ungcuu.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import vn.ungcuu.escalation.InitialReport;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.unit.SystemRepository;
import vn.ungcuu.unit.UnitRepository;
import vn.ungcuu.unit.UnitView;

/** Assembles an escalation's initial report (Form 03 of Circular 20/2017) from what the district knows. */
@ApplicationScoped
class InitialReports {

    @Inject
    UnitRepository units;

    @Inject
    SystemRepository systems;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    InitialReport of(Incident incident, TransitionRequest request) {
        UnitView unit = UnitView.of(units.findById(incident.unitCode));
        Assessment assessment = em.find(Assessment.class, incident.id);
        InitialReport.Impact impact = null;
        if (assessment != null) {
            AssessmentInputs inputs = readInputs(assessment.inputs);
            impact = new InitialReport.Impact(assessment.legalClass, assessment.severity,
                    sorted(inputs.impacts()), inputs.functionalImpact(), sorted(inputs.informationImpact()),
                    inputs.recoverability());
        }
        return new InitialReport(
                new InitialReport.ReportingUnit(unit.code(), unit.name(), unit.focalPoint(), unit.securityLead()),
                incident.id, incident.reference, incident.title, incident.category, incident.detectedAt,
                incident.reportedAt, incident.description,
                systems.findAll(incident.affectedSystemIds).stream()
                        .sorted(Comparator.comparing(system -> system.name))
                        .map(system -> new InitialReport.System(system.id, system.name, system.securityLevel,
                                system.nationalCritical))
                        .toList(),
                impact, request.measuresTaken(), request.supportRequested());
    }

    private AssessmentInputs readInputs(String text) {
        try {
            return json.readValue(text, AssessmentInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment unreadable", e);
        }
    }

    /** In name order, as the report has always been written. */
    private static <E extends Enum<E>> Set<E> sorted(Set<E> values) {
        Set<E> sorted = new TreeSet<>(Comparator.comparing(Enum::name));
        sorted.addAll(values);
        return sorted;
    }
}
