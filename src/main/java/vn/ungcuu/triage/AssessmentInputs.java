package vn.ungcuu.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.severity.FunctionalImpact;
import vn.ungcuu.severity.Impact;
import vn.ungcuu.severity.InformationImpact;
import vn.ungcuu.severity.Recoverability;

/** The body of {@code PUT /incidents/{id}/assessment}: the facts, and optionally an override. */
@Schema(name = "AssessmentInput", description = "The affected systems' levels come from the incident's "
        + "affectedSystemIds.")
public record AssessmentInputs(
        @NotNull @Size(max = 5) @Schema(example = "[\"SERVICE_INTERRUPTION\"]") Set<@NotNull Impact> impacts,
        @NotNull @Schema(example = "false") Boolean ownerCanHandle,
        @NotNull @Schema(example = "HIGH") FunctionalImpact functionalImpact,
        @NotNull @Size(max = 5) @Schema(example = "[\"PRIVACY\"]") Set<@NotNull InformationImpact> informationImpact,
        @NotNull @Schema(example = "SUPPLEMENTED") Recoverability recoverability,
        @NotNull @Min(1) @Max(100000) @Schema(example = "1") Integer affectedUnits,
        @NotNull @Min(0) @Max(10000000) @Schema(example = "3") Integer affectedHosts,
        @Valid @Schema(nullable = true) SeverityOverride override) {
}
