package vn.ungcuu.focalpoint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declaration of the unit's contacts to an authority, as recorded. */
@Schema(name = "NewUnitDeclaration")
public record NewDeclaration(
        @NotNull @Schema(description = "When it was sent; not in the future. It declares the contacts as they "
                + "stood then", example = "2026-09-02T03:00:00Z") Instant declaredAt,
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,39}$", message = "must be an authority's code")
        @Schema(description = "The authority it went to (GET /authorities)", example = "PA05") String authorityCode,
        @Size(max = 100) @Pattern(regexp = "\\s*\\S[\\s\\S]*", message = "must not be blank when given")
        @Schema(nullable = true, example = "15/UBND-VP") String documentNumber,
        @Size(max = 2000) @Schema(nullable = true, example = "Gửi qua hệ thống quản lý văn bản điều hành")
        String note) {
}
