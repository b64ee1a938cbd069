package vn.ungcuu.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A succession as an administrator records it ({@code POST /units/{code}/succession}). */
@Schema(name = "SuccessionInput")
public record SuccessionData(
        @NotNull @Pattern(regexp = UnitData.CODE_PATTERN, message = "must be 2-32 characters of A-Z, 0-9 and -")
        @Schema(description = "The unit that carries on (all or part of) this one", example = "XA-NGOCLAC")
        String successorCode,
        @NotNull @Schema(description = "The local day the successor takes over; this unit ends then (its validTo)",
                example = "2025-07-01") LocalDate effectiveAt,
        @Size(max = 1000) @Schema(nullable = true, description = "The decision that made it",
                example = "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh "
                        + "Thanh Hóa năm 2025") String note) {
}
