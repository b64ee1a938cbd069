package vn.ungcuu.unit;

import jakarta.validation.Valid;
import java.time.LocalDate;
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
        Boolean active,
        @Schema(nullable = true, description = "The first local day the unit exists (omitted: since before the "
                + "service knew it)", example = "2025-07-01") LocalDate validFrom,
        @Schema(nullable = true, description = "The local day it ends, exclusive (omitted: open). A unit with "
                + "recorded successors keeps their effective day: omit it or give that day",
                example = "2025-07-01") LocalDate validTo) {

    public static final String CODE_PATTERN = "^[A-Z0-9-]{2,32}$";
}
