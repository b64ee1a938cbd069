package vn.ungcuu.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An information system as written ({@code POST /systems}, {@code PUT /systems/{id}}). */
@Schema(name = "SystemInput")
public record SystemData(
        @NotNull @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(example = "XA-MINHSON") String unitCode,
        @NotBlank @Size(max = 200) @Schema(example = "Cổng thông tin điện tử xã") String name,
        @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer securityLevel,
        Boolean nationalCritical,
        Boolean internetFacing,
        @Schema(description = "Defaults to NONE") LevelDossier levelDossier) {
}
