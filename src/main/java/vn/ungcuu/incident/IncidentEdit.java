package vn.ungcuu.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The fields {@code PATCH /incidents/{id}} may change (a JSON merge patch, RFC 7396). The patch is
 * merged onto the current values and the result validated as a whole before anything is written.
 * The document describes the patch itself ({@link IncidentPatch}).
 */
public record IncidentEdit(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotNull Category category,
        @Size(max = 50) List<@NotNull UUID> affectedSystemIds,
        @NotNull Tlp tlp,
        @Size(min = 1, max = 255) String assignee,
        @Valid PersonalData personalData) {

    static IncidentEdit of(Incident incident) {
        return new IncidentEdit(incident.title, incident.description, incident.category,
                incident.affectedSystemIds.stream().sorted().toList(), incident.tlp, incident.assignee,
                incident.personalData());
    }
}
