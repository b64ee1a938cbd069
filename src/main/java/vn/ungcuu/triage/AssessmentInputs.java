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
        @Valid @Schema(nullable = true) SeverityOverride override,
        @Schema(nullable = true, description = "vn-2026: signs of harm to national security or public order "
                + "(starts IMMEDIATE_NOTICE)") Boolean nationalSecuritySigns,
        @Schema(nullable = true, description = "vn-2026: the system is seriously disrupted (starts IMMEDIATE_NOTICE)")
        Boolean seriousDisruption,
        @Schema(nullable = true, description = "vn-2026: the deploying body judges the incident serious (starts "
                + "INITIAL_NOTICE); true needs seriousReason") Boolean serious,
        @Size(max = 2000) @Schema(nullable = true, description = "Why the incident is (or is not) serious: the decree "
                + "leaves it to the deploying body, which must record why") String seriousReason,
        @Size(max = 5) @Schema(nullable = true, description = "vn-2026: the dangerous situations of Art. 20.1 it "
                + "amounts to") Set<@NotNull DangerousSituation> dangerousSituation,
        @Schema(nullable = true, description = "Beyond the unit's capacity to respond and remediate") Boolean beyondCapacity,
        @Schema(nullable = true, description = "vn-2026: a complex incident (update and closing reports, when the "
                + "deploying body turns those obligations on)") Boolean complex) {

    /** The same facts without the override (which is stored apart). */
    AssessmentInputs withoutOverride() {
        return new AssessmentInputs(impacts, ownerCanHandle, functionalImpact, informationImpact, recoverability,
                affectedUnits, affectedHosts, null, nationalSecuritySigns, seriousDisruption, serious, seriousReason,
                dangerousSituation, beyondCapacity, complex);
    }

    /** The regime questions answered here, by their question id in the regime file; unanswered ones left out. */
    java.util.Map<String, Object> regimeAnswers() {
        java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("nationalSecuritySigns", nationalSecuritySigns);
        answers.put("seriousDisruption", seriousDisruption);
        answers.put("serious", serious);
        answers.put("dangerousSituation", dangerousSituation == null || dangerousSituation.isEmpty() ? null
                : dangerousSituation);
        answers.put("beyondCapacity", beyondCapacity);
        answers.put("complex", complex);
        answers.values().removeIf(java.util.Objects::isNull);
        return answers;
    }
}
