package vn.ungcuu.preparedness;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.unit.UnitData;

/**
 * A drill, a training or a check of equipment, as recorded ({@code POST /preparedness}). The fields of each kind
 * apply to that kind only: DRILL needs drillScope and scenario; TRAINING course and participants; EQUIPMENT_CHECK
 * equipment and result.
 */
@Schema(name = "NewPreparednessRecord", description = "The common fields, and those of the record's kind: DRILL "
        + "(drillScope, scenario required; participatingUnits, findings), TRAINING (course, participants required; "
        + "certificates), EQUIPMENT_CHECK (equipment, result required; systemId, findings). A field of another kind "
        + "is a 400.")
public record NewPreparednessRecord(
        @NotNull RecordKind kind,
        @NotNull @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(description = "The unit that held the drill or training, or checked the equipment",
                example = "XA-MINHSON") String unitCode,
        @NotBlank @Size(max = 200)
        @Schema(example = "Diễn tập ứng cứu sự cố mã độc tống tiền năm 2026") String title,
        @NotNull @Schema(description = "The day it was held (the district's calendar); not in the future",
                example = "2026-09-15") LocalDate heldOn,
        @Size(max = 4000) @Schema(nullable = true, example = "Có sự tham gia của Đội ứng cứu sự cố tỉnh") String note,
        @Schema(nullable = true, description = "DRILL: whose drill it was") DrillScope drillScope,
        @Size(max = 4000) @Schema(nullable = true, description = "DRILL: the scenario played",
                example = "Máy chủ một cửa điện tử bị mã hóa dữ liệu, yêu cầu tiền chuộc") String scenario,
        @Size(max = 200) @Schema(nullable = true, description = "DRILL: the other units that took part")
        List<@NotNull @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
                String> participatingUnits,
        @Size(max = 4000) @Schema(nullable = true, description = "DRILL or EQUIPMENT_CHECK: what was found",
                example = "Sao lưu ngoại tuyến chưa được kiểm tra khôi phục định kỳ") String findings,
        @Size(max = 300) @Schema(nullable = true, description = "TRAINING: the course",
                example = "Bồi dưỡng kỹ năng ứng cứu sự cố an ninh mạng") String course,
        @Min(0) @Max(100000) @Schema(nullable = true, description = "TRAINING: how many people took part",
                example = "24") Integer participants,
        @Size(max = 500) @Schema(nullable = true, description = "TRAINING: the certificates it gave")
        List<@NotNull @Valid CertificateInput> certificates,
        @Size(max = 300) @Schema(nullable = true, description = "EQUIPMENT_CHECK: what was checked",
                example = "Tường lửa mới cho mạng nội bộ UBND xã") String equipment,
        @Schema(nullable = true, description = "EQUIPMENT_CHECK: the information system the equipment serves")
        UUID systemId,
        @Schema(nullable = true, description = "EQUIPMENT_CHECK: what the check found") CheckResult result) {
}
