package vn.ungcuu.incident;

import java.time.Instant;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident as the API answers it. */
@Schema(name = "Incident")
public record IncidentView(
        UUID id,
        @Schema(example = "SC-2026-000042") String reference,
        @Schema(example = "XA-MINHSON") String unitCode,
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
        @Schema(description = "Optimistic-lock version, also the ETag") long version) {

    static IncidentView of(Incident incident, Instant now, List<UUID> duplicates) {
        return new IncidentView(incident.id, incident.reference, incident.unitCode, incident.title,
                incident.description, incident.category, incident.status, incident.severity, incident.legalClass,
                incident.tlp, incident.detectedAt, incident.reportedAt, incident.updatedAt,
                incident.affectedSystemIds.stream().sorted().toList(), incident.beyondCapacity, incident.stateSecret,
                incident.assignee, incident.reportedBy,
                incident.deadlines.stream().sorted(Comparator.comparing(deadline -> deadline.kind))
                        .map(deadline -> DeadlineView.of(deadline, now)).toList(),
                incident.triagedAt, incident.resolvedAt, incident.closedAt, incident.resolution,
                incident.rejectionReason, incident.duplicateOf, duplicates,
                incident.endReportSummary == null ? null : new EndReport(incident.endReportSummary,
                        incident.endReportRootCause, incident.endReportLessons),
                incident.version);
    }
}
