package vn.ungcuu.regime;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regime in a list: which, since and until when, and whether it governs incidents detected today. */
@Schema(name = "RegimeSummary")
public record RegimeSummary(
        @Schema(example = "vn-2026") String id,
        @Schema(description = "The latest stored version", example = "1") int version,
        Regime.Text title,
        LocalDate inForceFrom,
        @Schema(nullable = true) LocalDate inForceTo,
        @Schema(description = "Governs incidents detected today (the district's time zone)") boolean inForceToday,
        @Schema(description = "Every stored version, oldest first") List<Integer> versions) {
}
