package vn.ungcuu.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.MatchedRule;
import vn.ungcuu.severity.Severity;

/** An assessment as the API answers it: the inputs, the outcome, and every rule that fired and why. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID incidentId,
        AssessmentInputs inputs,
        LegalClass legalClass,
        @Schema(description = "The severity in force: the override's when there is one") Severity severity,
        @Schema(description = "The severity the criteria gave") Severity computedSeverity,
        boolean escalationRequired,
        List<MatchedRule> matchedRules,
        @Schema(example = "1") int criteriaVersion,
        @Schema(nullable = true) SeverityOverride override,
        String assessedBy,
        Instant assessedAt,
        long version) {
}
