package vn.ungcuu.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.incident.Category;
import vn.ungcuu.severity.FunctionalImpact;
import vn.ungcuu.severity.InformationImpact;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Recoverability;
import vn.ungcuu.severity.Severity;
import vn.ungcuu.unit.ContactData;

/**
 * The initial report that travels with an escalation: the facts Decision 05/2017 Art. 11.4 and Form 03
 * of Circular 20/2017 ask for, taken from the incident at the moment it was escalated.
 */
@Schema(name = "InitialReport")
public record InitialReport(
        ReportingUnit reportingUnit,
        UUID incidentId,
        @Schema(example = "SC-2026-000042") String reference,
        String title,
        Category category,
        Instant detectedAt,
        Instant reportedAt,
        String description,
        List<System> affectedSystems,
        @Schema(nullable = true, description = "Null when the incident was not assessed") Impact impact,
        @Schema(nullable = true, description = "Measures the district has taken") String measuresTaken,
        @Schema(nullable = true, description = "The support requested from the provincial team") String supportRequested) {

    /** The reporting unit and its focal point officer. */
    @Schema(name = "InitialReportUnit")
    public record ReportingUnit(String code, String name, @Schema(nullable = true) ContactData focalPoint,
            @Schema(nullable = true) ContactData securityLead) {
    }

    /** An affected system and its security level. */
    @Schema(name = "InitialReportSystem")
    public record System(UUID id, String name, int securityLevel, boolean nationalCritical) {
    }

    /** The assessed impact. */
    @Schema(name = "InitialReportImpact")
    public record Impact(LegalClass legalClass, Severity severity, Set<vn.ungcuu.severity.Impact> impacts,
            FunctionalImpact functionalImpact, Set<InformationImpact> informationImpact,
            Recoverability recoverability) {
    }
}
