package vn.ungcuu.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An information system as written ({@code POST /systems}, {@code PUT /systems/{id}}, each line of
 * {@code POST /systems/import}). The register fields of Decree 331/2026 (from {@code levelCriterion} on) are
 * optional; left out of a PUT they keep their stored value, so that a client written before them erases nothing.
 */
@Schema(name = "SystemInput")
public record SystemData(
        @NotNull @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(example = "XA-MINHSON") String unitCode,
        @NotBlank @Size(max = 200) @Schema(example = "Cổng thông tin điện tử xã") String name,
        @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer securityLevel,
        Boolean nationalCritical,
        Boolean internetFacing,
        @Schema(description = "The dossier under Decree 85/2016; defaults to NONE") LevelDossier levelDossier,
        @Size(max = 200) @Schema(description = "The criterion (article of Decree 331/2026) the level was set by; "
                + "an empty string clears it", example = "Điều 13 khoản 1 điểm a") String levelCriterion,
        @Size(max = 200) @Schema(description = "Chủ quản hệ thống thông tin; an empty string clears it",
                example = "UBND xã Minh Sơn") String owner,
        @Size(max = 200) @Schema(description = "Đơn vị vận hành; an empty string clears it",
                example = "Văn phòng HĐND và UBND xã Minh Sơn") String operator,
        @Size(max = 200) @Schema(description = "The owner's cyber-security unit (đơn vị chuyên trách về an ninh "
                + "mạng); an empty string clears it", example = "Công an tỉnh Thanh Hóa (PA05)") String securityUnit,
        @Schema(description = "The level proposal under Decree 331/2026; labels: " + ApprovalStatus.LABELS)
        ApprovalStatus approvalStatus,
        @Size(max = 100) @Schema(description = "The approval decision's number; an empty string clears it",
                example = "125/QĐ-UBND") String approvalDecisionNumber,
        @Schema(description = "The approval decision's date", example = "2026-08-20") LocalDate approvalDecisionDate,
        @Schema(description = "Whether the security regulation (quy chế bảo đảm an ninh mạng) was issued; "
                + "defaults to false") Boolean securityRegulation,
        @Schema(description = "The security plan's status; defaults to NOT_STARTED")
        SecurityPlanStatus securityPlanStatus,
        @Size(max = 100) @Schema(description = "Every check of the system (replaces the stored list)")
        List<@Valid @NotNull SystemCheckData> checks,
        @Schema(description = "Whether it handles administrative procedures; defaults to false")
        Boolean handlesAdministrativeProcedures,
        @Min(0) @Schema(description = "Data subjects whose basic personal data it processes; defaults to 0",
                example = "25000") Long basicDataSubjects,
        @Min(0) @Schema(description = "Data subjects whose sensitive personal data it processes; defaults to 0",
                example = "0") Long sensitiveDataSubjects) {
}
