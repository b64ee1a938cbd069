package vn.ungcuu.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as written by an administrator ({@code POST /units}, {@code PUT /units/{code}}). */
@Schema(name = "UnitInput")
public record UnitData(
        @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(description = "Required on POST; on PUT it may be omitted or must equal the path",
                example = "XA-MINHSON") String code,
        @NotBlank @Size(max = 200) @Schema(example = "UBND xã Minh Sơn") String name,
        @NotNull @Schema(example = "COMMUNE") UnitType type,
        @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(example = "UBND-NGOCLAC") String parentCode,
        @Valid ContactData securityLead,
        @Valid ContactData focalPoint,
        Boolean provincialTeamMember,
        Boolean active) {

    public static final String CODE_PATTERN = "^[A-Z0-9-]{2,32}$";
}
