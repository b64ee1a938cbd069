package vn.ungcuu.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An information system as the API answers it, with the register's warnings of the moment. */
@Schema(name = "InformationSystem")
public record SystemView(
        UUID id,
        @Schema(example = "XA-MINHSON") String unitCode,
        @Schema(example = "Cổng thông tin điện tử xã") String name,
        @Schema(example = "2") int securityLevel,
        boolean nationalCritical,
        boolean internetFacing,
        @Schema(description = "The dossier under Decree 85/2016") LevelDossier levelDossier,
        @Schema(nullable = true, description = "The criterion (article of Decree 331/2026) the level was set by",
                example = "Điều 13 khoản 1 điểm a") String levelCriterion,
        @Schema(nullable = true, description = "Chủ quản hệ thống thông tin", example = "UBND xã Minh Sơn") String owner,
        @Schema(nullable = true, description = "Đơn vị vận hành", example = "Văn phòng HĐND và UBND xã Minh Sơn") String operator,
        @Schema(nullable = true, description = "The owner's cyber-security unit", example = "Công an tỉnh Thanh Hóa (PA05)")
        String securityUnit,
        @Schema(nullable = true, description = "The level proposal under Decree 331/2026; null when none was started. Labels: "
                + ApprovalStatus.LABELS) ApprovalStatus approvalStatus,
        @Schema(nullable = true, description = "approvalStatus in the decree's Vietnamese words", example = "Đã phê duyệt cấp độ")
        String approvalStatusLabel,
        @Schema(nullable = true, example = "125/QĐ-UBND") String approvalDecisionNumber,
        @Schema(nullable = true, example = "2026-08-20") LocalDate approvalDecisionDate,
        boolean securityRegulation,
        SecurityPlanStatus securityPlanStatus,
        List<SystemCheckData> checks,
        boolean handlesAdministrativeProcedures,
        @Schema(example = "25000") long basicDataSubjects,
        @Schema(example = "0") long sensitiveDataSubjects,
        @Schema(description = "What the register flags now: below the level Decree 331/2026 requires, or an "
                + "approval under Decree 85/2016 that Law 116/2025 Art. 45.1 ends on 01/07/2027")
        List<SystemWarningView> warnings,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static SystemView of(InformationSystem system, Instant now, ZoneId zone) {
        return new SystemView(system.id, system.unitCode, system.name, system.securityLevel, system.nationalCritical,
                system.internetFacing, system.levelDossier, system.levelCriterion, system.owner, system.operator,
                system.securityUnit, system.approvalStatus,
                system.approvalStatus == null ? null : system.approvalStatus.label(), system.approvalDecisionNumber,
                system.approvalDecisionDate, system.securityRegulation, system.securityPlanStatus,
                system.checks.stream().map(SystemCheck::data).toList(), system.handlesAdministrativeProcedures,
                system.basicDataSubjects, system.sensitiveDataSubjects,
                SystemRules.warnings(system, now, zone).stream().map(SystemWarningView::of).toList(),
                system.createdAt, system.updatedAt, system.version);
    }
}
