package vn.ungcuu.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.unit.UnitData;

/** The body of {@code POST /incidents}. */
@Schema(name = "NewIncident")
public record NewIncident(
        @NotBlank @Size(max = 200) @Schema(example = "Trang thông tin điện tử xã bị thay đổi giao diện")
        String title,
        @NotBlank @Size(max = 20000)
        @Schema(example = "Sáng 02/03 phát hiện trang chủ cổng thông tin xã hiển thị nội dung lạ.")
        String description,
        @NotNull @Schema(example = "DEFACEMENT") Category category,
        @NotNull @Schema(description = "When the incident was detected (RFC 3339, not in the future)",
                example = "2026-03-02T08:15:00+07:00") OffsetDateTime detectedAt,
        @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(description = "The reporting unit; a reporter's own unit when omitted", example = "XA-MINHSON")
        String unitCode,
        @Size(max = 50) List<@NotNull UUID> affectedSystemIds,
        @Schema(description = "The unit cannot handle it alone (vn-2017: starts the 24-hour INITIAL_REPORT clock)")
        Boolean beyondCapacity,
        @Schema(description = "The incident touches state-secret information") Boolean stateSecret,
        @Schema(description = "Defaults to AMBER") Tlp tlp,
        @Valid @Schema(nullable = true) PersonalData personalData) {
}
