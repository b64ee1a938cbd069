package vn.ungcuu.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.severity.Severity;

/** A coordinator's override of the computed severity; the legal class is never overridden. */
@Schema(name = "SeverityOverride")
public record SeverityOverride(
        @NotNull Severity severity,
        @NotBlank @Size(max = 2000) @Schema(example = "Hệ thống đã được cô lập, ảnh hưởng thực tế thấp")
        String justification) {
}
