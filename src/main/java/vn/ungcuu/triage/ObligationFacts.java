package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import vn.ungcuu.incident.Incident;

/**
 * The answers that hold for an incident, as its regime's conditions name them: true flags by their question
 * id ({@code beyondCapacity}), chosen values by themselves ({@code SERIOUS}).
 */
@ApplicationScoped
class ObligationFacts {

    @Inject
    AssessmentService assessments;

    boolean assessed(Incident incident) {
        return assessments.exists(incident.id);
    }

    Set<String> of(Incident incident) {
        Set<String> facts = new HashSet<>();
        if (incident.beyondCapacity) {
            facts.add("beyondCapacity");
        }
        if (incident.legalClass != null) {
            facts.add(incident.legalClass.name());
        }
        return facts;
    }
}
