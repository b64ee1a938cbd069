package vn.ungcuu.playbook;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields {@code PATCH /incidents/{id}/tasks/{taskId}} may change (JSON merge patch, RFC 7396): merged
 * onto the current values, then validated as a whole ({@link TaskService}: status and title must stay set,
 * a SKIPPED task needs a note).
 */
@Schema(name = "TaskPatch", description = "JSON merge patch: give only the fields to change; null clears "
        + "description, assignee or note. note is required when the status is SKIPPED. The task's assignee "
        + "changes status and note only; coordinators and the incident's responder change all.")
public record TaskPatch(
        @Schema(example = "SKIPPED") TaskStatus status,
        @Size(max = 2000) @Schema(nullable = true, example = "Hệ thống không dùng thư điện tử nội bộ, không áp dụng")
        String note,
        @Size(min = 1, max = PlaybookStep.TITLE_MAX) String title,
        @Size(max = PlaybookStep.DESCRIPTION_MAX) @Schema(nullable = true) String description,
        @Size(min = 1, max = 255) @Schema(nullable = true, description = "Who should do it (token sub)")
        String assignee) {

    static TaskPatch of(IncidentTask task) {
        return new TaskPatch(task.status, task.note, task.title, task.description, task.assignee);
    }
}
