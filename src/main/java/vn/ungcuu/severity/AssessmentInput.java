package vn.ungcuu.severity;

import java.util.List;
import java.util.Set;

/** The facts a coordinator establishes about an incident, plus the levels of the systems it hit. */
public record AssessmentInput(
        Set<Impact> impacts,
        boolean ownerCanHandle,
        FunctionalImpact functionalImpact,
        Set<InformationImpact> informationImpact,
        Recoverability recoverability,
        int affectedUnits,
        int affectedHosts,
        List<AffectedSystem> systems) {

    int highestSystemLevel() {
        return systems.stream().mapToInt(AffectedSystem::securityLevel).max().orElse(0);
    }

    boolean nationalCriticalSystem() {
        return systems.stream().anyMatch(AffectedSystem::nationalCritical);
    }
}
