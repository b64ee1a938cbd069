package vn.ungcuu.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.incident.EndReport;

/** The body of {@code POST /incidents/{id}/transitions}; which fields are required depends on the action. */
@Schema(name = "TransitionRequest", description = "ESCALATE, REJECT and REOPEN need reason; RESOLVE needs "
        + "resolution; CLOSE needs endReport (and openTasksReason while tasks are OPEN); TRIAGE needs a prior "
        + "assessment and turns the category's playbook into tasks.")
public record TransitionRequest(
        @NotNull @Schema(example = "TRIAGE") Action action,
        @Size(max = 2000) @Schema(description = "Free note, kept in the history") String comment,
        @Size(max = 2000) @Schema(example = "Hệ thống cấp độ 4 bị gián đoạn, đơn vị không tự khắc phục được")
        String reason,
        @Size(max = 20000) String resolution,
        @Valid EndReport endReport,
        @Schema(description = "REJECT only: the incident this one duplicates") UUID duplicateOf,
        @Size(max = 20000) @Schema(description = "ESCALATE: measures already taken (initial report)")
        String measuresTaken,
        @Size(max = 20000) @Schema(description = "ESCALATE: the support requested from the provincial team")
        String supportRequested,
        @Size(max = 2000) @Schema(description = "CLOSE only: why the incident is closed while tasks are still OPEN "
                + "(required then)") String openTasksReason) {
}
