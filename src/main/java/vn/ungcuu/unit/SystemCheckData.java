package vn.ungcuu.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check of a system, as written and answered. */
@Schema(name = "SystemCheck", description = "A check of the system: before it is put into use, or periodic")
public record SystemCheckData(
        @NotNull CheckKind kind,
        @NotNull @Schema(description = "The local day of the check", example = "2026-03-15") LocalDate date,
        @NotNull CheckResult result,
        @Size(max = 1000) @Schema(nullable = true, example = "Kiểm tra trước khi đưa vào sử dụng: đạt") String note) {
}
