package vn.ungcuu.incident;

import java.time.Instant;
import vn.ungcuu.regime.RegimeRef;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Severity;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident as the API answers it. */
@Schema(name = "Incident")
public record IncidentView(
        UUID id,
        @Schema(example = "SC-2026-000042") String reference,
        @Schema(description = "The unit it was filed under; it never changes", example = "XA-MINHSON") String unitCode,
        @Schema(description = "Today's unit for unitCode: its successor (through every later merge) once the unit "
                + "was succeeded, else unitCode itself. A unit split among several successors stays its own current "
                + "unit, since no one successor carries all of it", example = "XA-MINHSON") String currentUnitCode,
        String title,
        String description,
        Category category,
        IncidentStatus status,
        @Schema(nullable = true, description = "Null until assessed") Severity severity,
        @Schema(nullable = true, description = "Null until assessed") LegalClass legalClass,
        Tlp tlp,
        Instant detectedAt,
        Instant reportedAt,
        Instant updatedAt,
        List<UUID> affectedSystemIds,
        boolean beyondCapacity,
        boolean stateSecret,
        @Schema(nullable = true) String assignee,
        @Schema(description = "Who filed it (token sub)") String reportedBy,
        @Schema(description = "Its obligations: those of its regime in the regime's order, then any kept from an "
                + "earlier regime; none is ever removed")
        List<DeadlineView> deadlines,
        @Schema(nullable = true) Instant triagedAt,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true, description = "How it was resolved (RESOLVE)") String resolution,
        @Schema(nullable = true, description = "Why it was rejected (REJECT)") String rejectionReason,
        @Schema(nullable = true, description = "The incident this one duplicates") UUID duplicateOf,
        @Schema(description = "Incidents rejected as duplicates of this one (those the caller may see)")
        List<UUID> duplicates,
        @Schema(nullable = true, description = "The end-of-response report (CLOSE)") EndReport endReport,
        @Schema(description = "Optimistic-lock version, also the ETag") long version,
        @Schema(description = "The regime it is handled under: the one in force on the day it was detected, unless "
                + "a coordinator changed it") RegimeRef regime,
        @Schema(nullable = true, description = "The personal data it touched; null when none was recorded")
        PersonalData personalData,
        @Schema(nullable = true, description = "Its records are kept at least until this day (personal data: the "
                + "regime's personalDataRetention)") java.time.LocalDate retainUntil) {

    static IncidentView of(Incident incident, List<DeadlineView> deadlines, List<UUID> duplicates,
            String currentUnitCode) {
        return new IncidentView(incident.id, incident.reference, incident.unitCode, currentUnitCode, incident.title,
                incident.description, incident.category, incident.status, incident.severity, incident.legalClass,
                incident.tlp, incident.detectedAt, incident.reportedAt, incident.updatedAt,
                incident.affectedSystemIds.stream().sorted().toList(), incident.beyondCapacity, incident.stateSecret,
                incident.assignee, incident.reportedBy,
                deadlines,
                incident.triagedAt, incident.resolvedAt, incident.closedAt, incident.resolution,
                incident.rejectionReason, incident.duplicateOf, duplicates,
                incident.endReportSummary == null ? null : new EndReport(incident.endReportSummary,
                        incident.endReportRootCause, incident.endReportLessons),
                incident.version, new RegimeRef(incident.regimeId, incident.regimeVersion), incident.personalData(),
                incident.retainUntil);
    }
}
