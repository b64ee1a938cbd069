package vn.ungcuu.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields {@code PATCH /incidents/{id}} may change (a JSON merge patch, RFC 7396). The patch is
 * merged onto the current values and the result validated as a whole before anything is written.
 */
@Schema(name = "IncidentPatch", description = "JSON merge patch: give only the fields to change; "
        + "null clears assignee or affectedSystemIds. status, unitCode and reference cannot be patched.")
public record IncidentEdit(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotNull Category category,
        @Size(max = 50) List<@NotNull UUID> affectedSystemIds,
        @NotNull Tlp tlp,
        @Size(min = 1, max = 255) @Schema(description = "The responder's id (token sub); coordinators only")
        String assignee) {

    static IncidentEdit of(Incident incident) {
        return new IncidentEdit(incident.title, incident.description, incident.category,
                incident.affectedSystemIds.stream().sorted().toList(), incident.tlp, incident.assignee);
    }
}
