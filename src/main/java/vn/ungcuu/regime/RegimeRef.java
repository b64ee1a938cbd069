package vn.ungcuu.regime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which stored regime version an incident is handled under. */
@Schema(name = "RegimeRef", description = "The regime version an incident is handled under (GET /regimes/{id}?version=)")
public record RegimeRef(@Schema(example = "vn-2026") String id, @Schema(example = "1") int version) {
}
