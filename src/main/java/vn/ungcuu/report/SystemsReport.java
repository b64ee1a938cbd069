package vn.ungcuu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The annual report on information systems (Decree 331/2026/NĐ-CP, Form 08) of one year. */
@Schema(name = "SystemsReport")
public record SystemsReport(
        @Schema(example = "2026") int year,
        @Schema(description = "First day of the data period: 15 December of the year before", example = "2025-12-15")
        LocalDate periodStart,
        @Schema(description = "Last day of the data period (inclusive): 14 December", example = "2026-12-14")
        LocalDate periodEnd,
        @Schema(description = "The period's start as an instant (inclusive)", example = "2025-12-14T17:00:00Z")
        Instant from,
        @Schema(description = "The period's end as an instant (exclusive)", example = "2026-12-14T17:00:00Z")
        Instant to,
        @Schema(example = "Asia/Ho_Chi_Minh") String timeZone,
        @Schema(description = "The report is due to the system owner (chủ quản) by this day", example = "2026-12-20")
        LocalDate ownerDueDate,
        @Schema(description = "The report is due to the Ministry of Public Security by this day",
                example = "2026-12-25") LocalDate ministryDueDate,
        @Schema(example = "Nghị định 331/2026/NĐ-CP, Mẫu số 08") String legalBasis,
        Instant generatedAt,
        @Schema(description = "Systems registered before the period's end", example = "42") long systems,
        @Schema(description = "Systems per security level, 1 to 5 (every level present)")
        Map<String, Long> byLevel,
        @Schema(description = "Systems per approval status (NONE: no level proposal started; every status present)")
        Map<String, Long> byApprovalStatus,
        @Schema(description = "The Vietnamese label of each approval status")
        Map<String, String> approvalStatusLabels,
        @Schema(description = "Systems per level, then per approval status (every level and status present)")
        Map<String, Map<String, Long>> byLevelAndApprovalStatus,
        @Schema(description = "Systems whose security regulation (quy chế bảo đảm an ninh mạng) was issued",
                example = "30") long withSecurityRegulation,
        @Schema(description = "Systems per security-plan status (every status present)")
        Map<String, Long> bySecurityPlanStatus,
        Checks checks) {

    /** The checks of the registered systems done in the data period. */
    @Schema(name = "SystemsReportChecks")
    public record Checks(
            @Schema(example = "17") long total,
            @Schema(description = "Systems with at least one check in the period", example = "12") long systemsChecked,
            @Schema(description = "Checks per kind (every kind present)") Map<String, Long> byKind,
            @Schema(description = "Checks per result (every result present)") Map<String, Long> byResult) {
    }
}
