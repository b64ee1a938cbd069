package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.ungcuu.incident.Incident;

/**
 * The answers that hold for an incident, as its regime's conditions name them: true flags by their question
 * id ({@code beyondCapacity}, {@code serious}), chosen values by themselves ({@code SERIOUS}, {@code LOCATION}),
 * a non-empty choice list by its id ({@code dangerousSituation}). They come from the filing, the assessment
 * and the personal-data record.
 */
@ApplicationScoped
class ObligationFacts {

    @Inject
    EntityManager em;

    @Inject
    AssessmentService assessments;

    boolean assessed(Incident incident) {
        return em.find(Assessment.class, incident.id) != null;
    }

    Set<String> of(Incident incident) {
        Set<String> facts = new HashSet<>(incident.personalDataFacts());
        if (incident.beyondCapacity) {
            facts.add("beyondCapacity");
        }
        if (incident.legalClass != null) {
            facts.add(incident.legalClass.name());
        }
        Assessment assessment = em.find(Assessment.class, incident.id);
        if (assessment != null) {
            assessments.read(assessment.inputs).regimeAnswers().forEach((id, answer) -> {
                if (Boolean.TRUE.equals(answer) || answer instanceof Collection<?> chosen && !chosen.isEmpty()) {
                    facts.add(id);
                }
            });
        }
        return facts;
    }
}
