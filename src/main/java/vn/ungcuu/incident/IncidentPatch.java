package vn.ungcuu.incident;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to {@code PATCH /incidents/{id}}, as the document describes it: a JSON merge patch
 * (RFC 7396), so nothing is required and a field left out stays as it is; only what can be cleared is
 * nullable. The service reads the patch as JSON, merges it onto {@link IncidentEdit} and validates that.
 */
@Schema(name = "IncidentPatch", description = "JSON merge patch: give only the fields to change; a field left "
        + "out stays as it is; null clears assignee or affectedSystemIds. status, unitCode and reference "
        + "cannot be patched.")
record IncidentPatch(
        @Schema(minLength = 1, maxLength = 200, pattern = "\\S", description = "Cannot be cleared") String title,
        @Schema(minLength = 1, maxLength = 20000, pattern = "\\S", description = "Cannot be cleared")
        String description,
        Category category,
        @Schema(nullable = true, maxItems = 50, description = "Replaces the list; null or [] clears it")
        List<UUID> affectedSystemIds,
        Tlp tlp,
        @Schema(nullable = true, minLength = 1, maxLength = 255,
                description = "The responder's id (token sub); coordinators only; null clears it")
        String assignee,
        @Schema(nullable = true, description = "Merged into the current record (RFC 7396: give only what changes); "
                + "affected data starts the regime's personal-data obligations; null clears the record, but neither "
                + "the obligations it started nor retainUntil") PersonalData personalData) {
}
