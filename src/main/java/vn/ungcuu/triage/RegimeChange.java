package vn.ungcuu.triage;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /incidents/{id}/regime}: which regime version, and why. */
@Schema(name = "RegimeChange", description = "Hands the incident to another stored regime version; its open "
        + "obligations are recomputed under it, met and waived ones stay.")
public record RegimeChange(
        @NotBlank @Size(max = 40) @Schema(example = "vn-2026") String id,
        @Min(1) @Schema(nullable = true, description = "A stored version (default: the latest)", example = "1")
        Integer version,
        @NotBlank @Size(max = 2000)
        @Schema(example = "Sự cố phát hiện ngày 30/6 nhưng kéo dài sang tháng 7: áp dụng quy định mới theo chỉ đạo của Sở")
        String justification) {
}
