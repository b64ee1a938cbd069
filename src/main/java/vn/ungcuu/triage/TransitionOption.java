package vn.ungcuu.triage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.incident.IncidentStatus;

/** An action the caller may take now, where it leads, and the fields it needs. */
@Schema(name = "Transition")
public record TransitionOption(Action action, IncidentStatus to,
        @Schema(description = "Fields (or preconditions) the action needs", example = "[\"reason\"]")
        List<String> requires) {
}
